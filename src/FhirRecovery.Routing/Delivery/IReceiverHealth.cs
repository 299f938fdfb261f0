namespace FhirRecovery.Routing.Delivery;

/// <summary>
/// What the host knows about receivers' health from active checks (the host probes each endpoint; this library has no
/// HTTP). Only a receiver found down counts: one never probed, or whose state is unknown, is tried as usual.
/// </summary>
public interface IReceiverHealth
{
    /// <summary>Directory endpoint ids whose last active checks failed; a snapshot, safe to enumerate.</summary>
    IReadOnlyCollection<string> KnownDown { get; }

    bool IsKnownDown(string endpointId);
}
