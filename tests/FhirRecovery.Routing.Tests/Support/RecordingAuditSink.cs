using System.Collections.Concurrent;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Routing.Tests.Support;

internal sealed class RecordingAuditSink : IAuditSink
{
    public ConcurrentQueue<AuditRecord> Records { get; } = new();

    public bool Fail { get; set; }

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new IOException("audit store unavailable");
        }

        Records.Enqueue(record);
        return Task.CompletedTask;
    }
}
