using System.Net;
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

        // The worker records the delivery first and audits it just after (an audit outage must never undo a delivery),
        // so the status can read "delivered" a moment before the AuditEvent exists: wait for it, do not race it.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var path = new Uri($"/AuditEvent?entity={first[(first.LastIndexOf('/') + 1)..]}", UriKind.Relative);
        while (true)
        {
            using var audit = await operators.GetAsync(path, timeout.Token);
            Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
            if ((await audit.Content.ReadAsStringAsync(timeout.Token)).Contains("\"delivered\"", StringComparison.Ordinal))
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }
}
