namespace FhirRecovery.Validation.Compilation;

/// <summary>Compiles ahead every type a structure can reach (its base type, the data types of its elements,
/// recursively), so the first request does not pay for compiling HumanName, Address, Period...</summary>
internal static class StructureWarmer
{
    public static void WarmReachableTypes(CompiledStructure structure, StructureCache structures)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<CompiledStructure>();
        pending.Push(structure);
        if (structures.ForType(structure.Type) is { } baseType)
        {
            pending.Push(baseType);
        }

        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current.Display))
            {
                continue;
            }

            foreach (var node in current.ByPath.Values)
            {
                foreach (var type in node.TypeCodes)
                {
                    // FHIRPath system types (http://hl7.org/fhirpath/System.String) and abstract bases have no checks to warm.
                    if (!type.Contains(':', StringComparison.Ordinal) && type is not ("Resource" or "DomainResource" or "Element" or "BackboneElement")
                        && !seen.Contains(type) && structures.ForType(type) is { } reached)
                    {
                        pending.Push(reached);
                    }
                }
            }
        }
    }
}
