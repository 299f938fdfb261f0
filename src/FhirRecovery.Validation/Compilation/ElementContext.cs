using FhirRecovery.Specification;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>What a check builder sees of one element while a StructureDefinition compiles.</summary>
internal sealed record ElementContext(
    StructureDefinition Structure,
    ElementDefinition Element,
    IReadOnlyList<ElementDefinition> Snapshot,
    bool IsRoot,
    FhirPackageCatalog Catalog);
