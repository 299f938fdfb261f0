using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Whether a unit code is valid UCUM, by parsing it with Fhir.Metrics (the SDK's UCUM library). Fhir.Metrics
/// cannot canonicalise UCUM's special (non-ratio) units such as Cel or [pH], which are valid: they are accepted by
/// name, with or without a metric prefix. Valid units are remembered; invalid ones are not (no unbounded cache).
/// </summary>
internal static partial class UcumUnits
{
    private const int MaxCached = 4096;

    // Fhir.Metrics creates CultureInfo("en-US") in a type initializer, which globalization-invariant mode refuses
    // unless PredefinedCulturesOnly is false (set in the CLI's and the gateway's project files; the culture then
    // behaves as the invariant one). Should the library still fail to start, UCUM codes are not judged rather than
    // reported falsely.
    private static bool s_unavailable;

    private static readonly ConcurrentDictionary<string, bool> Valid = new(StringComparer.Ordinal);

    private static readonly HashSet<string> SpecialUnits = new(StringComparer.Ordinal)
    {
        "Cel", "[degF]", "[degRe]", "[pH]", "[p'diop]", "%[slope]", "[hp'_X]", "[hp'_C]", "[hp'_M]", "[hp'_Q]",
        "[hp_X]", "[hp_C]", "[hp_M]", "[hp_Q]", "[kp_X]", "[kp_C]", "[kp_M]", "[kp_Q]", "Np", "B", "B[SPL]", "B[V]",
        "B[mV]", "B[uV]", "B[10.nV]", "B[W]", "B[kW]", "bit_s", "[m/s2/Hz^(1/2)]",
    };

    /// <summary>True when the unit is valid UCUM, or when UCUM cannot be checked in this process.</summary>
    public static bool IsValid(string unit)
    {
        if (s_unavailable || Valid.ContainsKey(unit))
        {
            return true;
        }

        if (!Parse(unit))
        {
            return false;
        }

        if (Valid.Count < MaxCached)
        {
            Valid.TryAdd(unit, true);
        }

        return true;
    }

    private static bool Parse(string unit)
    {
        if (unit.Length == 0 || unit.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var withoutAnnotations = Annotation().Replace(unit, "");
        if (SpecialUnits.Contains(withoutAnnotations)
            || (withoutAnnotations.Length > 1 && SpecialUnits.Contains(withoutAnnotations[1..]) && "kmunpfcdh".Contains(withoutAnnotations[0], StringComparison.Ordinal)))
        {
            return true;
        }

        try
        {
            return Fhir.Metrics.FhirMetricService.Instance.Value.TryCanonicalize(("1", unit, "http://unitsofmeasure.org"), out _);
        }
        catch (TypeInitializationException)
        {
            s_unavailable = true;
            return true;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"\{[^{}]*\}", RegexOptions.CultureInvariant)]
    private static partial Regex Annotation();
}
