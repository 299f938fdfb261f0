using FhirRecovery.Validation.Compilation;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// Assigns the items of a sliced element to slices (first slice whose discriminators all match), then
/// enforces the slicing rules (closed, openAtEnd, ordered) and each slice's cardinality, and walks each
/// item against its slice. Messages name the slice.
/// </summary>
internal static class SliceEvaluator
{
    public static void Evaluate(IReadOnlyList<(Base Item, string Expression)> items, ElementNode definition, CompiledStructure? owner, string parentExpression, ValidationRun run)
    {
        var slicing = definition.Slicing!;
        var counts = new int[slicing.Slices.Count];
        var lastMatched = -1;
        var seenUnmatched = false;
        var resliced = slicing.HasReslices ? new List<(Base, string)>?[slicing.Slices.Count] : null;
        foreach (var (item, expression) in items)
        {
            var match = FindSlice(item, slicing, run);
            if (match < 0)
            {
                seenUnmatched = true;
                if (slicing.Rules == ElementDefinition.SlicingRules.Closed)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Structure, expression,
                        $"This {definition.Path} matches none of the slices ({string.Join(", ", slicing.Slices.Select(s => s.Name))}; discriminator {slicing.DiscriminatorText}), and the slicing is closed.");
                }

                continue;
            }

            var slice = slicing.Slices[match];
            if (slicing.Rules == ElementDefinition.SlicingRules.OpenAtEnd && seenUnmatched)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, expression,
                    $"This {definition.Path} matches slice '{slice.Name}' but comes after items that match no slice; the slicing is openAtEnd.");
            }

            if (slicing.Ordered && match < lastMatched)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, expression,
                    $"This {definition.Path} matches slice '{slice.Name}' out of order: the slices of {definition.Path} are ordered.");
            }

            lastMatched = Math.Max(lastMatched, match);
            counts[match]++;
            InstanceWalker.WalkSlice(item, slice.Node, owner, expression, run);
            if (resliced is not null)
            {
                (resliced[match] ??= []).Add((item, expression));
            }
        }

        for (var s = 0; resliced is not null && s < resliced.Length; s++)
        {
            // Re-slicing: the items of a sliced slice are sliced again, among themselves.
            if (resliced[s] is { } sliceItems && slicing.Slices[s].Node.Slicing is not null)
            {
                Evaluate(sliceItems, slicing.Slices[s].Node, owner, parentExpression, run);
            }
        }

        for (var s = 0; s < slicing.Slices.Count; s++)
        {
            var slice = slicing.Slices[s].Node;
            if (counts[s] < slice.Min)
            {
                run.Findings.Error(OperationOutcome.IssueType.Required, parentExpression,
                    $"Slice '{slicing.Slices[s].Name}' of {definition.Path}: at least {slice.Min} required, but found {counts[s]}.");
            }
            else if (counts[s] > slice.Max)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, parentExpression,
                    $"Slice '{slicing.Slices[s].Name}' of {definition.Path}: at most {slice.MaxText} allowed, but found {counts[s]}.");
            }
        }
    }

    private static int FindSlice(Base item, SlicingRules slicing, ValidationRun run)
    {
        try
        {
            return FindSliceUnguarded(item, slicing, run);
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            // A discriminating value read in the wrong shape or with an unknown code (reported where it is): the
            // item matches no slice.
            return -1;
        }
    }

    private static int FindSliceUnguarded(Base item, SlicingRules slicing, ValidationRun run)
    {
        if (slicing.Index is { } index)
        {
            return index.FindSlice(item, slicing.Slices, run);
        }

        for (var s = 0; s < slicing.Slices.Count; s++)
        {
            if (SliceIndex.AllMatch(slicing.Slices[s], item, run))
            {
                return s;
            }
        }

        return -1;
    }
}
