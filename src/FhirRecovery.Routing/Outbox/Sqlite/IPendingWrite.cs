namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>A write waiting in <see cref="SqliteCommitGroup"/> for the next transaction.</summary>
internal interface IPendingWrite
{
    ISqliteWriteLane Lane { get; }
}
