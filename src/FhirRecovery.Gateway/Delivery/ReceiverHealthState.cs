namespace FhirRecovery.Gateway.Delivery;

internal enum ReceiverHealthStatus
{
    Unknown,
    Up,
    Down,
}

/// <summary>One receiver's last probe result: since when it has been in this state, and why it is down.</summary>
internal sealed record ReceiverHealthState(ReceiverHealthStatus Status, DateTimeOffset Since, DateTimeOffset CheckedAt, string? Problem);
