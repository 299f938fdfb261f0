using FhirRecovery.Testing;

namespace FhirRecovery.Routing.Tests.Support;

/// <summary>All PostgreSQL tests share one throw-away server; each test works in its own schema.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "postgres";
}
