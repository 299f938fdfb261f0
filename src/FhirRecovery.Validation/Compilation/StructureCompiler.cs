using System.Collections.Frozen;
using FhirRecovery.Specification;
using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// Compiles a StructureDefinition's snapshot into an immutable <see cref="CompiledStructure"/>: builds the
/// element tree from the element ids (slices hang off the element they slice), then asks each builder for its
/// checks on each element, and the slicing compiler for each sliced element's rules.
/// </summary>
internal sealed class StructureCompiler(FhirPackageCatalog catalog, IReadOnlyList<IElementCheckBuilder> builders)
{
    public CompiledStructure Compile(StructureDefinition definition)
    {
        var snapshot = definition.Snapshot?.Element ?? throw new InvalidOperationException($"'{definition.Url}' has no snapshot.");
        if (snapshot.Count == 0)
        {
            throw new InvalidOperationException($"'{definition.Url}' has an empty snapshot.");
        }

        var root = BuildDrafts(snapshot);
        var byPath = new Dictionary<string, ElementNode>(StringComparer.Ordinal);
        var rootNode = Freeze(root, definition, snapshot, isRoot: true, byPath);
        return new CompiledStructure
        {
            Url = definition.Url ?? "",
            Version = definition.Version,
            Type = definition.Type ?? "",
            IsConstraint = definition.Derivation == StructureDefinition.TypeDerivationRule.Constraint,
            Root = rootNode,
            ByPath = byPath.ToFrozenDictionary(StringComparer.Ordinal),
            ExtensionContexts = definition.Context.Select(c => c.Expression).OfType<string>().ToArray(),
            Contexts = ExtensionContextSet.From(definition),
            IsModifierExtension = definition.Type == "Extension" && snapshot[0].IsModifier == true,
        };
    }

    private static ElementDraft BuildDrafts(List<ElementDefinition> snapshot)
    {
        var byId = new Dictionary<string, ElementDraft>(StringComparer.Ordinal);
        ElementDraft? root = null;
        foreach (var element in snapshot)
        {
            var id = element.ElementId ?? element.Path ?? "";
            var lastSegment = id[(id.LastIndexOf('.') + 1)..];
            var colon = lastSegment.IndexOf(':', StringComparison.Ordinal);
            if (root is null)
            {
                root = new ElementDraft(element, inSlice: false);
                byId[id] = root;
                continue;
            }

            if (colon >= 0)
            {
                // A slice: "Observation.component:systolic" slices "Observation.component"; a re-slice
                // ("Observation.component:systolic/arm") slices its parent slice (ReslicedId gives "...:systolic").
                var baseId = ReslicedId.BaseOf(id, lastSegment, colon);
                if (byId.TryGetValue(baseId, out var sliced))
                {
                    var slice = new ElementDraft(element, inSlice: true);
                    sliced.Slices.Add(slice);
                    byId[id] = slice;
                }

                continue;
            }

            var dot = id.LastIndexOf('.');
            if (dot > 0 && byId.TryGetValue(id[..dot], out var parent))
            {
                var draft = new ElementDraft(element, parent.InSlice || id.Contains(':', StringComparison.Ordinal));
                parent.Children.Add(draft);
                byId[id] = draft;
            }
        }

        return root ?? throw new InvalidOperationException("The snapshot has no root element.");
    }

    private ElementNode Freeze(ElementDraft draft, StructureDefinition definition, List<ElementDefinition> snapshot, bool isRoot, Dictionary<string, ElementNode> byPath)
    {
        var children = new Dictionary<string, ElementNode>(StringComparer.Ordinal);
        foreach (var child in draft.Children)
        {
            var node = Freeze(child, definition, snapshot, isRoot: false, byPath);
            children.TryAdd(node.Name, node);
        }

        var element = draft.Element;
        var checks = new List<IElementCheck>();
        var context = new ElementContext(definition, element, snapshot, isRoot, catalog);
        foreach (var builder in builders)
        {
            builder.Build(context, checks);
        }

        var path = element.Path ?? "";
        var lastSegment = path[(path.LastIndexOf('.') + 1)..];
        var isChoice = lastSegment.EndsWith("[x]", StringComparison.Ordinal);
        var frozenChildren = children.ToFrozenDictionary(StringComparer.Ordinal);
        var slicing = draft.Slices.Count > 0 || element.Slicing?.Rules == ElementDefinition.SlicingRules.Closed
            ? SlicingCompiler.Compile(draft, slice => Freeze(slice, definition, snapshot, isRoot: false, byPath), catalog)
            : null;
        var result = new ElementNode
        {
            Path = path,
            Id = element.ElementId ?? path,
            Name = isChoice ? lastSegment[..^3] : lastSegment,
            SliceName = draft.InSlice ? element.SliceName : null,
            Min = isRoot ? 0 : element.Min ?? 0,
            Max = isRoot ? 1 : ParseMax(element.Max),
            IsChoice = isChoice,
            TypeCodes = element.Type.Select(t => t.Code).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            ContentReference = element.ContentReference,
            Checks = checks.ToArray(),
            Children = frozenChildren,
            ChildList = [.. children.Values],
            RequiredChildren = frozenChildren.Values.Where(c => c.Min > 0 || c.Slicing?.HasRequiredSlice == true)
                .OrderBy(c => c.Name, StringComparer.Ordinal).ToArray(),
            Slicing = slicing,
        };
        if (!draft.InSlice)
        {
            byPath.TryAdd(path, result);
        }

        return result;
    }

    private static int ParseMax(string? max) =>
        max is null or "*" ? ElementNode.Unbounded : int.TryParse(max, out var value) ? value : ElementNode.Unbounded;
}
