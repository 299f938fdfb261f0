using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>fixed[x] and pattern[x] of an element.</summary>
internal sealed class FixedPatternBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        var path = context.Element.Path ?? "";
        if (context.Element.Fixed is { } fixedValue)
        {
            checks.Add(new FixedPatternCheck(path, fixedValue, exact: true));
        }

        if (context.Element.Pattern is { } pattern)
        {
            checks.Add(new FixedPatternCheck(path, pattern, exact: false));
        }
    }
}
