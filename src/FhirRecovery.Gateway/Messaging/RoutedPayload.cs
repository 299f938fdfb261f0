using FhirRecovery.Validation;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>A routed write that passed validation: the bytes as sent (forwarded unchanged), their format, the parsed
/// resource (for routing and trust decisions) and the validator's outcome (warnings travel back to the sender).</summary>
internal sealed record RoutedPayload(byte[] Body, FhirFormat Format, string ContentType, Resource Resource, OperationOutcome Outcome);
