using FhirRecovery.Gateway.Fhir;

namespace FhirRecovery.Gateway.Validation;

/// <summary>Why a $validate request could not run: the answer, and a fixed keyword for the log
/// (the answer's text may quote the body, so it is never logged).</summary>
internal sealed record Refusal(FhirResult Result, string Reason);
