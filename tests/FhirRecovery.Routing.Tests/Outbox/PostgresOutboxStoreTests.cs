using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Postgres;
using FhirRecovery.Routing.Tests.Support;
using FhirRecovery.Testing;
using Npgsql;

namespace FhirRecovery.Routing.Tests.Outbox;

[Collection(PostgresServerGroup.Name)]
public sealed class PostgresOutboxStoreTests(PostgresServerFixture server) : OutboxStoreContract
{
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..16];
    private readonly List<NpgsqlDataSource> _dataSources = [];

    public override async Task DisposeAsync()
    {
        foreach (var dataSource in _dataSources)
        {
            await dataSource.DisposeAsync();
        }
    }

    protected override IOutboxStore CreateStore()
    {
        var dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        _dataSources.Add(dataSource);
        return new PostgresOutboxStore(dataSource, Options, Time, _schema);
    }

    [Fact]
    public void Constructor_SchemaNameThatCouldInjectSql_IsRefused()
    {
        using var dataSource = NpgsqlDataSource.Create(server.ConnectionString);

        Assert.Throws<ArgumentException>(() => new PostgresOutboxStore(dataSource, Options, Time, "x; DROP TABLE y"));
    }
}
