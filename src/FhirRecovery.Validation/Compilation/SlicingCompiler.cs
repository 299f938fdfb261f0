using System.Collections.Frozen;
using FhirRecovery.Specification;
using FhirRecovery.Validation.Checks.Discriminators;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// Compiles an element's slicing: for each slice and discriminator, finds what the slice fixes at the
/// discriminator path (fixed or pattern value, required binding, presence, types, profiles) and turns it into
/// a direct test. When a discriminator cannot be compiled that way, the slice falls back to "the item
/// validates against the slice".
/// </summary>
internal static class SlicingCompiler
{
    public static SlicingRules Compile(ElementDraft draft, Func<ElementDraft, ElementNode> freeze, FhirPackageCatalog catalog)
    {
        var slicing = draft.Element.Slicing;
        var discriminators = slicing?.Discriminator ?? [];
        var slices = new List<SliceDefinition>();
        foreach (var sliceDraft in draft.Slices)
        {
            var node = freeze(sliceDraft);
            var tests = new List<IDiscriminator>();
            foreach (var discriminator in discriminators)
            {
                var test = Build(discriminator, sliceDraft, catalog);
                if (test is null)
                {
                    tests.Clear();
                    break;
                }

                tests.Add(test);
            }

            if (tests.Count == 0)
            {
                tests.Add(new ConformsToSliceDiscriminator(node, null));
            }

            slices.Add(new SliceDefinition { Name = sliceDraft.Element.SliceName ?? "?", Node = node, Discriminators = tests });
        }

        return new SlicingRules
        {
            Rules = slicing?.Rules ?? ElementDefinition.SlicingRules.Open,
            Ordered = slicing?.Ordered ?? false,
            DiscriminatorText = string.Join(", ", discriminators.Select(d => $"{d.Type?.ToString().ToLowerInvariant()}:{d.Path}")),
            Slices = slices,
            Index = SliceIndex.TryCreate(slices),
            HasReslices = slices.Exists(s => s.Node.Slicing is not null),
        };
    }

    private static IDiscriminator? Build(ElementDefinition.DiscriminatorComponent discriminator, ElementDraft slice, FhirPackageCatalog catalog)
    {
        if (discriminator.Path is not { } pathText || discriminator.Type is not { } type)
        {
            return null;
        }

        var segments = PathSegments.Split(pathText);
        var chain = Navigate(slice, segments);
        var reachedEnd = chain.Count == segments.Count + 1 || (segments is ["$this"] && chain.Count == 1);
        var target = chain[^1].Element;
        var path = new DiscriminatorPath(pathText);
        switch (type)
        {
            case ElementDefinition.DiscriminatorType.Value or ElementDefinition.DiscriminatorType.Pattern:
                if (segments is ["url"] && slice.Element.Type.FirstOrDefault(t => t.Code == "Extension")?.Profile.FirstOrDefault() is { } extensionUrl)
                {
                    return new ValueDiscriminator(path, new FhirUri(extensionUrl), exact: true);
                }

                for (var i = chain.Count - 1; i >= 0; i--)
                {
                    var element = chain[i].Element;
                    var prefix = i == 0 ? new DiscriminatorPath("$this") : i == segments.Count ? path : new DiscriminatorPath(string.Join('.', segments.Take(i)));
                    if (element.Fixed is { } fixedValue)
                    {
                        // Membership uses pattern semantics even for fixed values: an item that is close but not exact still
                        // belongs to the slice, and the slice then reports exactly what differs.
                        return new ValueDiscriminator(prefix, fixedValue, exact: false);
                    }

                    if (element.Pattern is { } pattern)
                    {
                        return new ValueDiscriminator(prefix, pattern, exact: false);
                    }

                    if (i == chain.Count - 1 && reachedEnd && element.Binding is { Strength: BindingStrength.Required, ValueSet: { } valueSet })
                    {
                        return new BindingDiscriminator(prefix, valueSet, catalog.Terminology);
                    }
                }

                return null;
            case ElementDefinition.DiscriminatorType.Exists when reachedEnd:
                return target.Max == "0" ? new ExistsDiscriminator(path, mustExist: false)
                    : (target.Min ?? 0) > 0 ? new ExistsDiscriminator(path, mustExist: true) : null;
            case ElementDefinition.DiscriminatorType.Type when reachedEnd:
                var types = target.Type.Select(t => t.Code).OfType<string>().ToFrozenSet(StringComparer.Ordinal);
                return types.Count > 0 ? new TypeDiscriminator(path, types) : null;
            case ElementDefinition.DiscriminatorType.Profile:
                var resolves = segments.Count > 0 && segments[^1] == "resolve()";
                if (!reachedEnd && !(resolves && chain.Count == segments.Count))
                {
                    return null;
                }

                var profiles = target.Type.SelectMany(t => resolves ? t.TargetProfile : t.Profile).OfType<string>().ToArray();
                return profiles.Length > 0 ? new ProfileDiscriminator(path, profiles) : null;
            default:
                return null;
        }
    }

    /// <summary>The slice element, then the element at each plain segment of the path as far as the slice defines it.</summary>
    private static List<ElementDraft> Navigate(ElementDraft slice, IReadOnlyList<string> segments)
    {
        var chain = new List<ElementDraft> { slice };
        foreach (var segment in segments)
        {
            if (segment == "$this")
            {
                continue;
            }

            if (segment.Contains('(', StringComparison.Ordinal) || chain[^1].Child(segment) is not { } child)
            {
                break;
            }

            chain.Add(child);
        }

        return chain;
    }
}
