namespace FhirRecovery.Gateway.Auth;

/// <summary>Closes each window of <see cref="FailedSignInAudit"/> on time, so the summary of a flood that has stopped is
/// still stored.</summary>
internal sealed class FailedSignInAuditFlusher(FailedSignInAudit audit, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(FailedSignInAudit.Window, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await audit.FlushIfDueAsync();
        }
    }
}
