using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Trust;

/// <summary>What a proxied read needs, as one parameter (the read and search handlers share it), and its audit record:
/// who read what kind of resource from which owner, and how it went; never the answer.</summary>
internal sealed class ReadDependencies(
    TargetResolver resolver,
    IDirectorySource directory,
    ReceiverForwarder forwarder,
    ITrustGate gate,
    ReadSubjectResolver subjects,
    IAuditSink audit,
    TimeProvider time)
{
    public TargetResolver Resolver => resolver;

    public IDirectorySource Directory => directory;

    public ReceiverForwarder Forwarder => forwarder;

    public ITrustGate Gate => gate;

    public ReadSubjectResolver Subjects => subjects;

    public Task AuditAsync(HttpContext context, DirectoryEndpoint endpoint, string type, AuditOutcome outcome, string? detail)
    {
        var reader = SenderIdentity.Of(context);
        var correlation = context.Features.Get<CorrelationIds>()?.CorrelationId;
        // Written after the decision whatever the caller does next, so a dropped connection does not lose the record.
        return audit.WriteAsync(new AuditRecord(time.GetUtcNow(), AuditAction.ProxiedRead, outcome, reader, reader, endpoint.Id,
            endpoint.OrganizationId, null, type, correlation, Detail: detail), CancellationToken.None);
    }
}
