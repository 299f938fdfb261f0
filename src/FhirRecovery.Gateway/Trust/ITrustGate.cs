using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// What every routed write and proxied read asks before it goes anywhere (steps 5 and 6 of the flow:
/// authorise, then consent). CONTRACT between the routing and the trust work in the gateway: the routing
/// endpoints call it once per receiver after validation and target resolution; the trust work implements
/// it (SMART scopes, per-organisation permissions, consent to share, overrides, audit of denials).
/// </summary>
internal interface ITrustGate
{
    /// <summary>May the authenticated sender send this to that receiver, for this person?</summary>
    ValueTask<TrustDecision> AuthorizeSendAsync(HttpContext context, SendRequest request, CancellationToken cancellationToken);

    /// <summary>May the authenticated reader read this from that owning service, for this person?</summary>
    ValueTask<TrustDecision> AuthorizeReadAsync(HttpContext context, ReadRequest request, CancellationToken cancellationToken);
}

/// <summary>A routed write: a message (MessageEvent set) or a plain resource (MessageEvent null).</summary>
/// <param name="ReceiverOrganizationId">FHIR id of the receiving organisation in the routing directory.</param>
/// <param name="ReceiverServiceTypes">The receiving service's recovery-service-type codes.</param>
/// <param name="Patient">The person the data is about, when the payload names one.</param>
/// <param name="ConsentsInPayload">Consent resources carried in the message Bundle itself.</param>
internal sealed record SendRequest(
    string? MessageEvent,
    string ResourceType,
    string ReceiverOrganizationId,
    IReadOnlyList<string> ReceiverServiceTypes,
    Patient? Patient,
    IReadOnlyList<Consent> ConsentsInPayload);

/// <summary>A proxied read or search of a partner's resources, asked twice: before the owner is asked
/// (<paramref name="Subjects"/> null: scope, organisation, and whether any read rule could grant it), and again once the
/// owner has answered, with the people the answer concerns (permission per person, consent, registered practice).</summary>
/// <param name="Subjects">The people the owner's answer concerns; null before the owner is asked.</param>
internal sealed record ReadRequest(
    string ResourceType,
    string OwnerOrganizationId,
    IReadOnlyList<string> OwnerServiceTypes,
    IReadOnlyList<ReadSubject>? Subjects = null);

/// <summary>One person an owner's answer concerns.</summary>
/// <param name="NhsNumber">The person's NHS number; null when the gateway could not identify them (the read is refused).</param>
/// <param name="RegisteredPractices">ODS codes of the person's registered GP practice, from the owner's Patient record.</param>
/// <param name="ConsentsInPayload">Consent resources about this person carried in the owner's answer itself.</param>
internal sealed record ReadSubject(string? NhsNumber, IReadOnlyList<string> RegisteredPractices, IReadOnlyList<Consent> ConsentsInPayload);

/// <summary>Allowed, or refused with the status (401, 403) and the OperationOutcome to answer.</summary>
internal sealed record TrustDecision(bool Allowed, int StatusCode, OperationOutcome? Outcome)
{
    public static TrustDecision Allow { get; } = new(true, StatusCodes.Status200OK, null);
}
