namespace FhirRecovery.Gateway.Audit;

/// <summary>
/// How one database commits an audit batch without waiting for the disk, and how it later makes such batches durable.
/// A committed-but-unsynced record survives a crash or kill of the gateway (it is in the database's write-ahead log,
/// in the operating system's cache); only a power cut or an operating-system crash before the next sync can lose it.
/// </summary>
/// <param name="InTransaction">Run first inside an unsynced batch's own transaction (PostgreSQL: scoped to it). On
/// SQLite the batches share the outbox file's commit group, which sets the safety level per transaction itself.</param>
/// <param name="Flush">Syncs every earlier unsynced commit to disk; null when the database does so by itself.</param>
internal sealed record AuditCommitSql(string? InTransaction, string? Flush)
{
    /// <summary>WAL with <c>synchronous = NORMAL</c> appends to the log without an fsync; a checkpoint syncs the log
    /// before it copies it into the database file.</summary>
    public static AuditCommitSql Sqlite { get; } = new(null, "PRAGMA wal_checkpoint(PASSIVE);");

    /// <summary>An asynchronous commit: PostgreSQL's WAL writer syncs it within three <c>wal_writer_delay</c>s (600 ms
    /// by default), so there is nothing for the gateway to flush.</summary>
    public static AuditCommitSql PostgreSql { get; } = new("SET LOCAL synchronous_commit = off;", null);
}
