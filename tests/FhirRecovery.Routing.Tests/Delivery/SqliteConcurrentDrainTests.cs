using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Tests.Delivery;

public sealed class SqliteConcurrentDrainTests : ConcurrentDrainContract, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fr-drain-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override IOutboxStore CreateReplicaStore() => new SqliteOutboxStore(Path.Combine(_folder, "outbox.db"), Options, Time);
}
