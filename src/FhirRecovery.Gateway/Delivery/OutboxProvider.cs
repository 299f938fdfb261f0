namespace FhirRecovery.Gateway.Delivery;

/// <summary>Where the outbox (and the audit trail beside it) is stored.</summary>
internal enum OutboxProvider
{
    /// <summary>One local file: the embedded default.</summary>
    Sqlite,

    /// <summary>A shared server: several gateway replicas drain one queue.</summary>
    PostgreSql,
}
