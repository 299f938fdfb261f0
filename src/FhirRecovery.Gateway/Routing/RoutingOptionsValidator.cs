using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Routing;

/// <summary>Checks the routing settings whole. The directory itself is checked when it is opened at start-up.</summary>
internal sealed class RoutingOptionsValidator : IValidateOptions<RoutingOptions>
{
    private static readonly string[] _knownEvents =
        [MessageEvents.ReleaseHandover, MessageEvents.SharedCareUpdate, MessageEvents.ReferralRequest, MessageEvents.ReferralResponse];

    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DirectoryPath) || !Directory.Exists(options.ResolvedDirectoryPath))
        {
            problems.Add($"FhirRecovery:Routing:DirectoryPath '{options.DirectoryPath}' is not a folder.");
        }

        problems.AddRange(options.EffectiveStoreAndForwardEvents
            .Where(e => !_knownEvents.Contains(e, StringComparer.Ordinal))
            .Select(e => $"FhirRecovery:Routing:StoreAndForwardEvents names '{e}', which is not a message event of the IG."));
        if (options.WorkerPollInterval <= TimeSpan.Zero)
        {
            problems.Add("FhirRecovery:Routing:WorkerPollInterval must be positive.");
        }

        problems.AddRange(options.HealthChecks.Problems());
        var certificate = options.ReceiverCredentials.ClientCertificatePath;
        if (certificate is not null && !File.Exists(Path.GetFullPath(certificate, AppContext.BaseDirectory)))
        {
            problems.Add($"FhirRecovery:Routing:ReceiverCredentials:ClientCertificatePath '{certificate}' does not exist.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
