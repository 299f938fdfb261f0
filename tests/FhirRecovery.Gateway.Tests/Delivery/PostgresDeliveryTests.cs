using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The store-and-forward path with the outbox and audit on PostgreSQL.</summary>
[Collection(PostgresRoutingTestGroup.Name)]
public sealed class PostgresDeliveryTests(PostgresRoutingTestbed testbed)
{
    [Fact]
    public Task ProcessMessage_ReleaseHandoverOnPostgres_AcceptedThenDeliveredOnce() =>
        AsyncDeliveryScenarios.ReleaseHandover_IsAcceptedThenDeliveredOnceAsync(testbed);

    [Fact]
    public async Task ProcessMessage_SameRequestIdTwiceOnPostgres_DeliveredOnceAndAudited()
    {
        var first = await AsyncDeliveryScenarios.SameRequestIdTwice_IsAcceptedOnceDeliveredOnceAsync(testbed);
        using var operators = testbed.CreateOperatorClient();

        await RoutingTestbed.WaitForAuditAsync(operators, first[(first.LastIndexOf('/') + 1)..], "delivered");
    }
}
