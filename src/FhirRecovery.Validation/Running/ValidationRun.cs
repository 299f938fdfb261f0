using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;

namespace FhirRecovery.Validation.Running;

/// <summary>The state of one validation: where findings go, where compiled structures come from, and the
/// current resource scope. One per call; never shared between threads.</summary>
internal sealed class ValidationRun(StructureCache structures, FindingList findings)
{
    public StructureCache Structures { get; } = structures;

    public FindingList Findings { get; } = findings;

    /// <summary>How unknown extensions and unresolvable declared profiles are judged.</summary>
    public UnresolvedDefinitionRules Rules { get; init; }

    /// <summary>How deep nested resources go (contained, Bundle entries); bounded to stop pathological input.</summary>
    public int ResourceDepth { get; set; }

    public ResourceScope? Scope { get; set; }

    /// <summary>Set once a resource of this run is walked more than once (it has profiles); null otherwise, so
    /// validating against the base type alone does not pay for it.</summary>
    public TypeWalkSet? TypeWalks { get; set; }

    /// <summary>The FHIRPath context of the current scope (%resource, %rootResource, in-Bundle resolve()).</summary>
    public Hl7.Fhir.FhirPath.FhirEvaluationContext EvaluationContext()
    {
        var context = Scope?.EvaluationContext ?? new Hl7.Fhir.FhirPath.FhirEvaluationContext();
        context.TerminologyService ??= Structures.CodeValidation;
        return context;
    }
}
