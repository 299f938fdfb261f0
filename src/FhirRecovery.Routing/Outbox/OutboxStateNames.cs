namespace FhirRecovery.Routing.Outbox;

/// <summary>The state names stored in the database (stable: both stores and operators' SQL depend on them).</summary>
internal static class OutboxStateNames
{
    public const string Queued = "queued";
    public const string InFlight = "in_flight";
    public const string Delivered = "delivered";
    public const string Failed = "failed";
    public const string DeadLettered = "dead_lettered";
    public const string HeldForPickup = "held";

    public static string Name(OutboxState state) => state switch
    {
        OutboxState.Queued => Queued,
        OutboxState.InFlight => InFlight,
        OutboxState.Delivered => Delivered,
        OutboxState.Failed => Failed,
        OutboxState.DeadLettered => DeadLettered,
        OutboxState.HeldForPickup => HeldForPickup,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static OutboxState Parse(string name) => name switch
    {
        Queued => OutboxState.Queued,
        InFlight => OutboxState.InFlight,
        Delivered => OutboxState.Delivered,
        Failed => OutboxState.Failed,
        DeadLettered => OutboxState.DeadLettered,
        HeldForPickup => OutboxState.HeldForPickup,
        _ => throw new InvalidOperationException($"Unknown outbox state '{name}' in the store."),
    };
}
