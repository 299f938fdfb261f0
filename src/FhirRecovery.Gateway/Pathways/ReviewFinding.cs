namespace FhirRecovery.Gateway.Pathways;

/// <summary>A reason the gateway tells the sender that the person's treatment needs a review: a review-reason code
/// (<c>use-on-top</c> or <c>scheduled</c>), the message, and the FHIRPath of the element that triggered it.</summary>
internal sealed record ReviewFinding(string Code, string Text, string Expression);
