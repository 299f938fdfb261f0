using System.Collections.Frozen;
using FhirRecovery.Specification;
using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// Compiles a StructureDefinition's snapshot into an immutable <see cref="CompiledStructure"/>: builds the
/// element tree from the paths, then asks each builder for its checks on each element.
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

        var drafts = new Dictionary<string, Draft>(StringComparer.Ordinal);
        Draft? root = null;
        foreach (var element in snapshot)
        {
            // Slices (ids with ':') are compiled by the slicing builder, not as plain children.
            if (element.ElementId?.Contains(':', StringComparison.Ordinal) == true || element.SliceName is not null)
            {
                continue;
            }

            var draft = new Draft(element);
            if (root is null)
            {
                root = draft;
            }
            else
            {
                var dot = element.Path?.LastIndexOf('.') ?? -1;
                if (dot < 0 || !drafts.TryGetValue(element.Path![..dot], out var parent))
                {
                    continue;
                }

                parent.Children.Add(draft);
            }

            drafts.TryAdd(element.Path ?? "", draft);
        }

        var byPath = new Dictionary<string, ElementNode>(StringComparer.Ordinal);
        var rootNode = Freeze(root!, definition, snapshot, isRoot: true, byPath);
        return new CompiledStructure
        {
            Url = definition.Url ?? "",
            Version = definition.Version,
            Type = definition.Type ?? "",
            IsConstraint = definition.Derivation == StructureDefinition.TypeDerivationRule.Constraint,
            Root = rootNode,
            ByPath = byPath.ToFrozenDictionary(StringComparer.Ordinal),
            ExtensionContexts = definition.Context.Select(c => c.Expression).OfType<string>().ToArray(),
        };
    }

    private ElementNode Freeze(Draft draft, StructureDefinition definition, List<ElementDefinition> snapshot, bool isRoot, Dictionary<string, ElementNode> byPath)
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
        var node2 = new ElementNode
        {
            Path = path,
            Name = isChoice ? lastSegment[..^3] : lastSegment,
            Min = isRoot ? 0 : element.Min ?? 0,
            Max = isRoot ? 1 : ParseMax(element.Max),
            IsChoice = isChoice,
            TypeCodes = element.Type.Select(t => t.Code).OfType<string>().ToFrozenSet(StringComparer.Ordinal),
            ContentReference = element.ContentReference,
            Checks = checks.ToArray(),
            Children = frozenChildren,
            RequiredChildren = frozenChildren.Values.Where(c => c.Min > 0).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray(),
        };
        byPath.TryAdd(path, node2);
        return node2;
    }

    private static int ParseMax(string? max) =>
        max is null or "*" ? ElementNode.Unbounded : int.TryParse(max, out var value) ? value : ElementNode.Unbounded;

    private sealed class Draft(ElementDefinition element)
    {
        public ElementDefinition Element { get; } = element;

        public List<Draft> Children { get; } = [];
    }
}
