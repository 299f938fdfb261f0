using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The values of one run already walked against their type's definition (HumanName, CodeableConcept...).
/// A resource with a profile is walked against its base type, its profile and the slices of its items, and
/// each of those walks reaches the same values with the same type definition at the same place: the second
/// time, that subtree would only repeat findings already made, so it is skipped. Keyed by reference: a value's
/// type definition follows from the value (its TypeName), so the value alone is the key.
/// The set's storage is kept per thread between runs (a warm validation then allocates none of it).
/// </summary>
internal sealed class TypeWalkSet
{
    // A set that grew past this (a large Bundle) is left to the GC rather than kept by the thread.
    private const int MaxKeptCount = 4096;

    [ThreadStatic]
    private static HashSet<Base>? t_spare;

    private readonly HashSet<Base> _walked;

    public TypeWalkSet()
    {
        _walked = t_spare ?? new HashSet<Base>(ReferenceEqualityComparer.Instance);
        t_spare = null;
    }

    /// <summary>True the first time the value is walked against its type in the run (for a nested resource: the
    /// first time it is validated as a resource in the run).</summary>
    public bool FirstWalk(Base value) => _walked.Add(value);

    /// <summary>Hands the storage back to the thread at the end of the run; the set is not used afterwards.</summary>
    public void Release()
    {
        if (_walked.Count <= MaxKeptCount)
        {
            _walked.Clear();
            t_spare = _walked;
        }
    }
}
