using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>What the reader made of a body: the resource (possibly partial), its findings, and whether it
/// was readable as a FHIR resource at all.</summary>
internal sealed record ReadResult(Resource? Resource, IReadOnlyList<Finding> Findings, bool IsUnreadable);
