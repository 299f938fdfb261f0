using System.Collections;
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
    /// <param name="child">The element's value in the instance: its list of items, its one item, or null when absent.</param>
    public static void Evaluate(object? child, ElementNode definition, CompiledStructure? owner, ElementPath parentPath, ValidationRun run)
    {
        var slicing = definition.Slicing!;
        var sliceCount = slicing.Slices.Count;
        var counts = sliceCount <= 32 ? stackalloc int[sliceCount] : new int[sliceCount];
        var state = new OrderState();
        var resliced = slicing.HasReslices ? new List<(Base, int)>?[sliceCount] : null;
        if (child is IList list)
        {
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is Base item)
                {
                    EvaluateItem(item, i, definition, owner, parentPath, counts, ref state, resliced, run);
                }
            }
        }
        else if (child is Base single)
        {
            EvaluateItem(single, -1, definition, owner, parentPath, counts, ref state, resliced, run);
        }

        Finish(counts, resliced, definition, owner, parentPath, run);
    }

    /// <summary>Re-slicing: the items that matched a sliced slice ("a/b") are sliced again, among themselves.</summary>
    private static void EvaluateResliced(List<(Base Item, int Index)> items, ElementNode definition, CompiledStructure? owner, ElementPath parentPath, ValidationRun run)
    {
        var slicing = definition.Slicing!;
        var counts = new int[slicing.Slices.Count];
        var state = new OrderState();
        var resliced = slicing.HasReslices ? new List<(Base, int)>?[slicing.Slices.Count] : null;
        foreach (var (item, index) in items)
        {
            EvaluateItem(item, index, definition, owner, parentPath, counts, ref state, resliced, run);
        }

        Finish(counts, resliced, definition, owner, parentPath, run);
    }

    private static void Finish(Span<int> counts, List<(Base, int)>?[]? resliced, ElementNode definition, CompiledStructure? owner, ElementPath parentPath, ValidationRun run)
    {
        var slicing = definition.Slicing!;
        for (var s = 0; resliced is not null && s < resliced.Length; s++)
        {
            if (resliced[s] is { } sliceItems && slicing.Slices[s].Node.Slicing is not null)
            {
                EvaluateResliced(sliceItems, slicing.Slices[s].Node, owner, parentPath, run);
            }
        }

        for (var s = 0; s < slicing.Slices.Count; s++)
        {
            var slice = slicing.Slices[s].Node;
            if (counts[s] < slice.Min)
            {
                run.Findings.Error(OperationOutcome.IssueType.Required, parentPath,
                    $"Slice '{slicing.Slices[s].Name}' of {definition.Path}: at least {slice.Min} required, but found {counts[s]}.");
            }
            else if (counts[s] > slice.Max)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, parentPath,
                    $"Slice '{slicing.Slices[s].Name}' of {definition.Path}: at most {slice.MaxText} allowed, but found {counts[s]}.");
            }
        }
    }

    private static void EvaluateItem(Base item, int index, ElementNode definition, CompiledStructure? owner, ElementPath parentPath, Span<int> counts,
        ref OrderState state, List<(Base, int)>?[]? resliced, ValidationRun run)
    {
        var slicing = definition.Slicing!;
        var path = parentPath.Child(InstanceWalker.ItemName(item, definition), index);
        var match = FindSlice(item, slicing, run);
        if (match < 0)
        {
            state.SeenUnmatched = true;
            if (slicing.Rules == ElementDefinition.SlicingRules.Closed)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                    $"This {definition.Path} matches none of the slices ({string.Join(", ", slicing.Slices.Select(s => s.Name))}; discriminator {slicing.DiscriminatorText}), and the slicing is closed.");
            }

            return;
        }

        var slice = slicing.Slices[match];
        if (slicing.Rules == ElementDefinition.SlicingRules.OpenAtEnd && state.SeenUnmatched)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"This {definition.Path} matches slice '{slice.Name}' but comes after items that match no slice; the slicing is openAtEnd.");
        }

        if (slicing.Ordered && match < state.LastMatched)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"This {definition.Path} matches slice '{slice.Name}' out of order: the slices of {definition.Path} are ordered.");
        }

        state.LastMatched = Math.Max(state.LastMatched, match);
        counts[match]++;
        InstanceWalker.WalkSlice(item, slice.Node, owner, path, run);
        if (resliced is not null)
        {
            (resliced[match] ??= []).Add((item, index));
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

    /// <summary>What the items before the current one did: the highest slice matched, and whether one matched none.</summary>
    private struct OrderState
    {
        public OrderState()
        {
        }

        public int LastMatched { get; set; } = -1;

        public bool SeenUnmatched { get; set; }
    }
}
