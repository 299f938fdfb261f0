namespace FhirRecovery.Gateway.Validation;

/// <summary>What a <c>$validate</c> body asks for: the resource to validate (the body itself, or the <c>resource</c>
/// parameter of a Parameters body, as its own bytes) and the profiles named by <c>profile</c> parameters.</summary>
internal sealed record ValidateEnvelope(string ResourceType, ReadOnlyMemory<byte> Resource, IReadOnlyList<string> Profiles);
