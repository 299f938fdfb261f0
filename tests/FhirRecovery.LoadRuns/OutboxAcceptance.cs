using System.Text;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;

namespace FhirRecovery.LoadRuns;

/// <summary>
/// Scenario (e0): the SQLite outbox alone, in this process, as the gateway configures it (WAL, synchronous=FULL, group
/// commit): each call is one durable acceptance of the 6.8 KB release handover. It separates what the store can take
/// from what the HTTP path in front of it (authentication, reading and validating the Bundle) costs.
/// </summary>
internal sealed class OutboxAcceptance : IDisposable
{
    private readonly SqliteOutboxStore _store;
    private readonly string _body;

    private OutboxAcceptance(SqliteOutboxStore store, string body)
    {
        _store = store;
        _body = body;
    }

    public static async Task<OutboxAcceptance> CreateAsync(string folder, byte[] body)
    {
        var store = new SqliteOutboxStore(Path.Combine(folder, "outbox-only.db"), new OutboxOptions(), TimeProvider.System);
        await store.InitializeAsync(CancellationToken.None);
        return new OutboxAcceptance(store, Encoding.UTF8.GetString(body));
    }

    public async Task<string?> AcceptAsync(int caller, int request)
    {
        var result = await _store.EnqueueAsync(new OutboxEnqueueRequest(
            "hmp-kirkstall", $"e0-{caller}-{request}", "northside-cds-fhir", $"patient-{caller}-{request}",
            "Bundle/message:release-handover", "$process-message", "application/fhir+json", _body, null), CancellationToken.None);
        return result.Created ? null : "not created";
    }

    public void Dispose() => _store.Dispose();
}
