using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Postgres;
using FhirRecovery.Routing.Tests.Support;
using FhirRecovery.Testing;
using Npgsql;

namespace FhirRecovery.Routing.Tests.Delivery;

[Collection(PostgresServerGroup.Name)]
public sealed class PostgresConcurrentDrainTests(PostgresServerFixture server) : ConcurrentDrainContract, IAsyncLifetime
{
    private readonly string _schema = "drain_" + Guid.NewGuid().ToString("N")[..12];
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }

    // Each replica has its own connection pool, as two gateway processes would.
    protected override IOutboxStore CreateReplicaStore()
    {
        var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        _dataSources.Add(dataSource);
        return new PostgresOutboxStore(dataSource, Options, Time, _schema);
    }
}
