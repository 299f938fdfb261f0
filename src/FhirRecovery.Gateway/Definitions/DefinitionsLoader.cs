using FhirRecovery.Specification;
using FhirRecovery.Validation;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Definitions;

/// <summary>
/// Loads the FHIR packages and compiles the enforced profiles in the background, so that Kestrel serves
/// <c>/health/live</c> at once while <c>/health/ready</c> answers 503 until this is done. Any failure is fatal:
/// it is logged, recorded (the process then exits non-zero) and the host is stopped, rather than surfacing
/// at the first request.
/// </summary>
internal sealed class DefinitionsLoader(
    IOptions<DefinitionsOptions> options,
    DefinitionsState state,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<DefinitionsLoader> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.Run(() => LoadOrStop(stoppingToken), stoppingToken);

    private void LoadOrStop(CancellationToken stoppingToken)
    {
        try
        {
            state.MarkReady(Load(stoppingToken));
            Log.GatewayReady(logger);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is shutting down before the definitions were ready: nothing to report.
        }
#pragma warning disable CA1031 // Any failure here must stop the host with a clear reason, whatever its type.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            // Expected failures carry a message that says it all; anything else is a bug and keeps its stack trace.
            var expected = exception is FhirPackageException or ProfileCompilationException or DefinitionsException;
            var reason = expected ? exception.Message : $"{exception.GetType().Name}: {exception.Message}";
            Log.StartupFailed(logger, reason, expected ? null : exception);
            state.MarkFailed(reason);
            lifetime.StopApplication();
        }
    }

    private LoadedDefinitions Load(CancellationToken stoppingToken)
    {
        var directory = options.Value.ResolvedPackageDirectory;
        Log.DefinitionsLoading(logger, directory);
        var started = timeProvider.GetTimestamp();
        var catalog = FhirPackageCatalog.Load([directory]);
        var loadTime = timeProvider.GetElapsedTime(started);
        Log.DefinitionsLoaded(logger, catalog.Packages, loadTime.TotalMilliseconds);
        stoppingToken.ThrowIfCancellationRequested();

        var enforced = options.Value.EnforcedProfiles.Count > 0 ? options.Value.EnforcedProfiles : catalog.ProfileUrls;
        var unknown = enforced.Where(url => !catalog.Contains(url)).ToList();
        if (unknown.Count > 0)
        {
            throw new DefinitionsException(
                $"enforced profiles not found in {string.Join(", ", catalog.Packages)}: {string.Join(", ", unknown)}");
        }

        started = timeProvider.GetTimestamp();
        var validator = new FhirValidator(catalog, timeProvider);
        validator.Warm(enforced);
        var warmTime = timeProvider.GetElapsedTime(started);
        Log.ProfilesWarmed(logger, enforced.Count, warmTime.TotalMilliseconds);
        return new LoadedDefinitions(catalog, validator, [.. enforced], timeProvider.GetUtcNow());
    }
}
