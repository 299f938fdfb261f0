namespace FhirRecovery.Routing.Delivery;

/// <summary>No health checks: every receiver is tried when its messages are due.</summary>
public sealed class NoReceiverHealth : IReceiverHealth
{
    public static NoReceiverHealth Instance { get; } = new();

    public IReadOnlyCollection<string> KnownDown => [];

    public bool IsKnownDown(string endpointId) => false;
}
