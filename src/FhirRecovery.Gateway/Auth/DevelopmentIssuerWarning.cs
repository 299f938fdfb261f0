using FhirRecovery.Trust.Development;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Says loudly, at start-up, that tokens from the development issuer are accepted.</summary>
internal sealed class DevelopmentIssuerWarning(ILogger<DevelopmentIssuerWarning> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Log.DevelopmentIssuerEnabled(logger, DevelopmentIssuerDefaults.Issuer);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
