using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Tests.Support;

namespace FhirRecovery.Routing.Tests.Delivery;

public sealed class OutboxAuditRecordsTests
{
    private static readonly OutboxMessageStatus Status = new(
        "m1", "hmp-kirkstall", "req-1", "northside-cds-fhir", "ServiceRequest", "corr-1", OutboxState.Queued, 0,
        Messages.Start, Messages.Start, Messages.Start, null, null, null, null, null);

    [Fact]
    public void Accepted_Repeat_IsSuccessWithADetailSayingSo()
    {
        var first = OutboxAuditRecords.Accepted(new EnqueueResult(Status, Created: true), "northside-cds", Messages.Start);
        var repeat = OutboxAuditRecords.Accepted(new EnqueueResult(Status, Created: false), "northside-cds", Messages.Start);

        Assert.Equal(AuditAction.Accepted, first.Action);
        Assert.Null(first.Detail);
        Assert.Equal("hmp-kirkstall", first.Agent);
        Assert.Equal("northside-cds", first.ReceiverOrganizationId);
        Assert.Contains("Repeat", repeat.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Replayed_NotADeadLetter_IsAMinorFailureNamingTheState()
    {
        var record = OutboxAuditRecords.Replayed(Status, "operator-7", replayed: false, Messages.Start);

        Assert.Equal(AuditOutcome.MinorFailure, record.Outcome);
        Assert.Equal("operator-7", record.Agent);
        Assert.Contains("Queued", record.Detail, StringComparison.Ordinal);
    }
}
