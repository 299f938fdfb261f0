using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;

namespace FhirRecovery.Validation.Running;

/// <summary>The state of one validation: where findings go and where compiled structures come from.
/// One per call; never shared between threads.</summary>
internal sealed class ValidationRun(StructureCache structures, FindingList findings)
{
    public StructureCache Structures { get; } = structures;

    public FindingList Findings { get; } = findings;

    /// <summary>How deep nested resources go (contained, Bundle entries); bounded to stop pathological input.</summary>
    public int ResourceDepth { get; set; }
}
