using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Routing;

/// <summary>The proxied read with the audit trail on PostgreSQL, where a read's AuditEvent is committed with
/// <c>synchronous_commit = off</c> for its transaction only.</summary>
[Collection(PostgresRoutingTestGroup.Name)]
public sealed class ReadPassThroughOnPostgresTests(PostgresRoutingTestbed testbed)
{
    [Fact]
    public Task Read_OnPostgres_ForwardedAndAudited() => ReadPassThroughTests.ReadForwardedAndAuditedAsync(testbed);
}
