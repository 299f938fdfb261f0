using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>What <see cref="SqliteCommitGroup"/>'s write loop needs from a lane, whatever its request and result types.</summary>
internal interface ISqliteWriteLane
{
    /// <summary>False when the lane's writes may be committed without waiting for the disk (see
    /// <see cref="SqliteCommitGroup.AddLane"/>).</summary>
    bool Synced { get; }

    /// <summary>Adds a write to the batch being gathered; true when it is the lane's first in this batch.</summary>
    bool Add(IPendingWrite write);

    /// <summary>Writes the gathered batch in <paramref name="transaction"/> (again, when another lane's failure rolled
    /// the first try back).</summary>
    Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Completes the batch's callers: with their results, or with the failure.</summary>
    void Complete(Exception? failure);
}
