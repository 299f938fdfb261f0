using System.Collections.Frozen;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>The concrete R4 resource types (146; not the abstract Resource or DomainResource).</summary>
internal static class ResourceTypes
{
    private static readonly FrozenSet<string> _known = ModelInfo.SupportedResources.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> All => ModelInfo.SupportedResources;

    public static bool IsKnown(string name) => _known.Contains(name);
}
