using FhirRecovery.Gateway.Definitions;

namespace FhirRecovery.Gateway.Hosting;

internal static class FhirGatewayRunExtensions
{
    /// <summary>Runs the gateway until it stops; returns the process exit code: 0 after a normal shutdown, 1 when it
    /// could not start (invalid configuration, port in use) or its definitions failed to load or compile.</summary>
    public static async Task<int> RunFhirGatewayAsync(this WebApplication app)
    {
        // Resolved up front: once the host stops, its service provider (and the logger) are disposed.
        var state = app.Services.GetRequiredService<DefinitionsState>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(FhirGatewayRunExtensions));
        await using (app)
        {
            try
            {
                await app.StartAsync();
            }
#pragma warning disable CA1031 // Whatever stops the start-up is reported once, cleanly, with a non-zero exit code.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                // When the definitions failed while the host was still starting, the loader has already logged why
                // and stopped the host; what reaches here is only the cancellation that followed.
                if (state.Failure is null)
                {
                    Log.HostFailedToStart(logger, exception.Message, exception);
                }

                return 1;
            }

            await app.WaitForShutdownAsync();
        }

        return state.Failure is null ? 0 : 1;
    }
}
