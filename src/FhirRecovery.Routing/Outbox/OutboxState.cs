namespace FhirRecovery.Routing.Outbox;

/// <summary>Where a message is in its life. Delivered, dead-lettered and held for pickup are the only resting states.</summary>
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

    /// <summary>For a receiver without a server of its own (a mailbox endpoint): never sent, kept until the receiver
    /// collects it and acknowledges (then <see cref="Delivered"/>). See <see cref="IOutboxMailbox"/>.</summary>
    HeldForPickup,
}
