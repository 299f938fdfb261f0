using System.Runtime.CompilerServices;
using FhirRecovery.Validation.Compilation;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The values of one run already walked against their type's definition (HumanName, CodeableConcept...).
/// A resource with a profile is walked against its base type, its profile and the slices of its items, and
/// each of those walks reaches the same values with the same type definition at the same place: the second
/// time, that subtree would only repeat findings already made, so it is skipped. Keyed by reference.
/// </summary>
internal sealed class TypeWalkSet
{
    private readonly HashSet<(Base Value, CompiledStructure Type)> _walked = new(ByReference.Instance);

    /// <summary>True the first time the value is walked against this type in the run.</summary>
    public bool FirstWalk(Base value, CompiledStructure type) => _walked.Add((value, type));

    private sealed class ByReference : IEqualityComparer<(Base Value, CompiledStructure Type)>
    {
        public static readonly ByReference Instance = new();

        public bool Equals((Base Value, CompiledStructure Type) x, (Base Value, CompiledStructure Type) y) =>
            ReferenceEquals(x.Value, y.Value) && ReferenceEquals(x.Type, y.Type);

        public int GetHashCode((Base Value, CompiledStructure Type) obj) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(obj.Value), RuntimeHelpers.GetHashCode(obj.Type));
    }
}
