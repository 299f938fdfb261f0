using System.Collections.Frozen;
using FhirRecovery.Validation.Checks.Discriminators;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// Slices told apart by a fixed or pattern code (system|code, or a fixed url), indexed at compile time by
/// that value, so an item is matched by looking up its own codes instead of trying every slice: the TOP
/// outcome has 25 components and 25 slices. The candidates found are still checked with every
/// discriminator of their slice, in slice order, together with the slices that cannot be indexed, so the
/// first matching slice is the same as with a linear search.
/// </summary>
internal sealed class SliceIndex
{
    private readonly DiscriminatorPath _path;
    private readonly FrozenDictionary<(string System, string Code), int[]> _bySystemAndCode;
    private readonly int[] _alwaysTried;

    private SliceIndex(DiscriminatorPath path, FrozenDictionary<(string, string), int[]> bySystemAndCode, int[] alwaysTried)
    {
        _path = path;
        _bySystemAndCode = bySystemAndCode;
        _alwaysTried = alwaysTried;
    }

    /// <summary>An index over the first discriminator that at least two slices fix to a code; null when none does.</summary>
    public static SliceIndex? TryCreate(IReadOnlyList<SliceDefinition> slices)
    {
        var positions = slices.Count == 0 ? 0 : slices.Max(s => s.Discriminators.Count);
        for (var d = 0; d < positions; d++)
        {
            var path = slices.Select(s => d < s.Discriminators.Count ? s.Discriminators[d] as ValueDiscriminator : null)
                .FirstOrDefault(v => v is not null && KeyOf(v.Expected) is not null)?.Path;
            if (path is null)
            {
                continue;
            }

            var keyed = new Dictionary<(string, string), List<int>>();
            var alwaysTried = new List<int>();
            for (var s = 0; s < slices.Count; s++)
            {
                var key = d < slices[s].Discriminators.Count && slices[s].Discriminators[d] is ValueDiscriminator value
                    && value.Path.Text == path.Text ? KeyOf(value.Expected) : null;
                if (key is { } k)
                {
                    (keyed.TryGetValue(k, out var list) ? list : keyed[k] = []).Add(s);
                }
                else
                {
                    alwaysTried.Add(s);
                }
            }

            if (slices.Count - alwaysTried.Count >= 2)
            {
                return new SliceIndex(path, keyed.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray()), alwaysTried.ToArray());
            }
        }

        return null;
    }

    /// <summary>The index of the first slice whose discriminators all match the item; -1 when none does.</summary>
    public int FindSlice(Base item, IReadOnlyList<SliceDefinition> slices, ValidationRun run)
    {
        var best = int.MaxValue;
        var values = _path.Select(item, run);
        for (var v = 0; v < values.Count; v++)
        {
            switch (values[v])
            {
                case Coding coding:
                    best = Probe(coding.System, coding.Code, item, slices, run, best);
                    break;
                case CodeableConcept concept:
                    for (var c = 0; c < concept.Coding.Count; c++)
                    {
                        best = Probe(concept.Coding[c].System, concept.Coding[c].Code, item, slices, run, best);
                    }

                    break;
                case PrimitiveType { JsonValue: string text }:
                    best = Probe("", text, item, slices, run, best);
                    break;
            }
        }

        foreach (var s in _alwaysTried)
        {
            if (s >= best)
            {
                break;
            }

            if (AllMatch(slices[s], item, run))
            {
                best = s;
                break;
            }
        }

        return best == int.MaxValue ? -1 : best;
    }

    private int Probe(string? system, string? code, Base item, IReadOnlyList<SliceDefinition> slices, ValidationRun run, int best)
    {
        if (system is null || code is null || !_bySystemAndCode.TryGetValue((system, code), out var candidates))
        {
            return best;
        }

        foreach (var s in candidates)
        {
            if (s >= best)
            {
                break;
            }

            if (AllMatch(slices[s], item, run))
            {
                return s;
            }
        }

        return best;
    }

    public static bool AllMatch(SliceDefinition slice, Base item, ValidationRun run)
    {
        var discriminators = slice.Discriminators;
        for (var d = 0; d < discriminators.Count; d++)
        {
            if (!discriminators[d].Matches(item, run))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The code an item must carry to match this fixed or pattern value (a pattern CodeableConcept's every
    /// coding must be present, so its first one is enough to find it); null when the value is not a code.</summary>
    private static (string, string)? KeyOf(Base expected) => expected switch
    {
        Coding { System: { } system, Code: { } code } => (system, code),
        CodeableConcept { Coding: [{ System: { } system, Code: { } code }, ..] } => (system, code),
        PrimitiveType { JsonValue: string text } => ("", text),
        _ => null,
    };
}
