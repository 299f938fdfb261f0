using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>The durable outbox, retries and the transport. Bound from <c>FhirRecovery:Outbox</c>; validated at start-up.</summary>
internal sealed class OutboxSettings
{
    public const string SectionName = "FhirRecovery:Outbox";

    public OutboxProvider Provider { get; set; } = OutboxProvider.Sqlite;

    /// <summary>The SQLite file (outbox and audit). Relative paths are resolved against the content root; the folder is created.</summary>
    public string SqlitePath { get; set; } = Path.Combine("App_Data", "fhir-recovery.db");

    public string? PostgreSqlConnectionString { get; set; }

    public string PostgreSqlSchema { get; set; } = "fhir_recovery";

    /// <summary>How long a worker's claim lasts; must be longer than <see cref="DeliveryTimeout"/> (else a slow send may be repeated).</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one send to a receiver may stay silent before it counts as failed.</summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; set; } = 12;

    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3);

    /// <summary>How long a proxied read's AuditEvent may stay committed but not yet synced to disk (it survives a crash
    /// of the gateway, not a power cut within this window). Zero: synced before the answer, as every other AuditEvent.</summary>
    public TimeSpan ProxiedReadAuditSyncInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    public OutboxOptions ToStoreOptions() => new()
    {
        LeaseDuration = LeaseDuration,
        Retry = new RetryPolicy { BaseDelay = RetryBaseDelay, MaxDelay = RetryMaxDelay, MaxAttempts = MaxAttempts, MaxAge = MaxAge },
    };

    public string ResolvedSqlitePath(string contentRoot) => Path.GetFullPath(SqlitePath, contentRoot);
}
