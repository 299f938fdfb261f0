using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Permissions;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Loads the permissions file once and checks it against the directory's service types; a file with problems
/// stops the gateway from starting, with every problem listed.</summary>
internal static class PermissionPolicyProvider
{
    public static PermissionPolicy Load(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<TrustOptions>>().Value;
        var path = options.ResolvedPermissionsFile;
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The permissions file {path} does not exist (FhirRecovery:Trust:PermissionsFile).");
        }

        var directory = services.GetRequiredService<IDirectorySource>().Current;
        var known = directory.Services.SelectMany(s => s.ServiceTypes).Concat(RecoveryServiceTypes.All).ToHashSet(StringComparer.Ordinal);
        var policy = PermissionPolicyLoader.Load(File.ReadAllText(path), known, out var problems);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The permissions file {path} has problems: {string.Join("; ", problems)}");
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PermissionPolicyProvider));
        var sendRules = policy.SendRules.Count;
        var readRules = policy.ReadRules.Count;
        Log.PermissionsLoaded(logger, options.PermissionsFile, sendRules, readRules);
        return policy;
    }
}

/// <summary>Resolves the trust singletons while the host starts, so a broken permissions file refuses start-up.</summary>
internal sealed class TrustStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<PermissionPolicy>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
