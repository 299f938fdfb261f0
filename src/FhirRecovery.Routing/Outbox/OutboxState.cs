namespace FhirRecovery.Routing.Outbox;

/// <summary>Where a message is in its life. Delivered and dead-lettered are the only resting states.</summary>
public enum OutboxState
{
    /// <summary>Accepted, not yet tried.</summary>
    Queued,

    /// <summary>Claimed by a worker holding a lease.</summary>
    InFlight,

    /// <summary>The receiver accepted it; its status and response are kept.</summary>
    Delivered,

    /// <summary>At least one attempt failed; another is scheduled.</summary>
    Failed,

    /// <summary>Given up on after too many attempts, too long, or a permanent failure; can be replayed.</summary>
    DeadLettered,
}
