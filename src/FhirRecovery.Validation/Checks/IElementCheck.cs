using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>One compiled assertion on a value. Implementations are immutable and thread-safe; they report
/// findings to the run and never throw for a bad instance.</summary>
internal interface IElementCheck
{
    void Check(Base value, ElementPath path, ValidationRun run);
}
