using FhirRecovery.Testing;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>The routing testbed with its outbox and audit trail on a throw-away PostgreSQL server.</summary>
public sealed class PostgresRoutingTestbed : RoutingTestbed
{
    private readonly PostgresServerFixture _server = new();

    protected override async Task<string?> StartPostgresAsync()
    {
        await _server.InitializeAsync();
        return _server.ConnectionString;
    }

    public override async Task DisposeAsync()
    {
        try
        {
            await base.DisposeAsync();
        }
        finally
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresRoutingTestGroup : ICollectionFixture<PostgresRoutingTestbed>
{
    public const string Name = "routing-postgres";
}
