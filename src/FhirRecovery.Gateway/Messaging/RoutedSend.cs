using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>What a routed write is, once read: its event (messages only), type, the receiver path, the person it is
/// about and the consents it carries (for the trust gate), the patient key (for ordering), and whether the message
/// event must be stored and forwarded.</summary>
internal sealed record RoutedSend(
    string? MessageEvent,
    string ResourceType,
    string RelativePath,
    Patient? Patient,
    IReadOnlyList<Consent> Consents,
    string PatientKey,
    string IdempotencyKey,
    bool StoreAndForward)
{
    public string PayloadKind => MessageEvent is null ? ResourceType : $"{ResourceType}/message:{MessageEvent}";
}
