namespace FhirRecovery.Gateway.Pathways;

/// <summary>Creates the pathway database's schema before the gateway serves; a failure stops the start.</summary>
internal sealed class PathwayStartup(PathwayDatabase database) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
