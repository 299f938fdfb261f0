using System.Collections;
using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Reading;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// Walks an instance (the POCO as read) against a compiled structure: for each value, runs the element's
/// checks and its type's checks, then matches its children to child definitions (unknown elements,
/// cardinality, choice types, slices) and descends. Only generated POCO accessors are used: no reflection.
/// </summary>
internal static class InstanceWalker
{
    public static void WalkResource(Resource resource, CompiledStructure structure, ElementPath path, ValidationRun run) =>
        WalkValue(resource, structure.Root, structure, path, run, isStructureRoot: true, nestResources: true);

    /// <summary>Walks a value (e.g. an extension or a data type) against a structure that defines it.</summary>
    public static void WalkAgainst(Base value, CompiledStructure structure, ElementPath path, ValidationRun run) =>
        WalkValue(value, structure.Root, structure, path, run, isStructureRoot: true, nestResources: false);

    /// <summary>Walks an item against one slice of its element (the base element was walked already).</summary>
    public static void WalkSlice(Base item, ElementNode slice, CompiledStructure? owner, ElementPath path, ValidationRun run) =>
        WalkValue(item, slice, owner, path, run, isStructureRoot: false, nestResources: false);

    private static void WalkValue(Base value, ElementNode definition, CompiledStructure? owner, ElementPath path, ValidationRun run,
        bool isStructureRoot, bool nestResources)
    {
        var checks = definition.Checks;
        for (var c = 0; c < checks.Count; c++)
        {
            CheckGuard.Run(checks[c], value, path, run);
        }

        CompiledStructure? typeStructure = null;
        if (!isStructureRoot)
        {
            if (value is Resource nested)
            {
                // Contained resources and Bundle entries are validated as resources in their own right, once: the walks
                // of their container against its profiles reach them again, and validating them again (same scope,
                // same path) would only repeat the findings of the first time. The type walk set exists exactly
                // when the container is walked more than once.
                if (nestResources && (run.TypeWalks is not { } walks || walks.FirstWalk(nested)))
                {
                    ResourceValidator.ValidateNested(nested, path, run, isContained: definition.Name == "contained");
                }

                return;
            }

            // Backbone elements (TypeName "Patient.contact") are defined inline; other types have their own definition.
            if (!value.TypeName.Contains('.', StringComparison.Ordinal))
            {
                typeStructure = run.Structures.ForType(value.TypeName);
                if (typeStructure is not null && definition.Children.Count == 0 && definition.ContentReference is null
                    && run.TypeWalks is { } walks && !walks.FirstWalk(value))
                {
                    // Walked against its type already in this run (base walk, then profile, then slice): the type's
                    // checks and children would only repeat what was found. The element's own checks ran above.
                    return;
                }

                if (typeStructure is not null)
                {
                    var typeChecks = typeStructure.Root.Checks;
                    for (var c = 0; c < typeChecks.Count; c++)
                    {
                        CheckGuard.Run(typeChecks[c], value, path, run);
                    }
                }
            }
        }

        var (children, childOwner) = ChildDefinitions(definition, owner, typeStructure);
        WalkChildren(value, children, childOwner, path, run, nestResources);
    }

    private static (ElementNode Parent, CompiledStructure? Owner) ChildDefinitions(ElementNode definition, CompiledStructure? owner, CompiledStructure? typeStructure)
    {
        if (definition.Children.Count > 0)
        {
            return (definition, owner);
        }

        if (definition.ContentReference is { Length: > 1 } reference && owner is not null
            && owner.ByPath.TryGetValue(reference[(reference.IndexOf('#') + 1)..], out var target))
        {
            return (target, owner);
        }

        return typeStructure is not null ? (typeStructure.Root, typeStructure) : (definition, owner);
    }

    private static void WalkChildren(Base value, ElementNode parent, CompiledStructure? owner, ElementPath path, ValidationRun run, bool nestResources)
    {
        var hasChildren = false;
        if (value.HasOverflow)
        {
            // Unknown elements live in the overflow: walk what the instance has.
            foreach (var (name, child) in value.EnumerateElements())
            {
                hasChildren |= WalkNamedChild(name, child, parent, owner, path, run, nestResources);
            }
        }
        else if (value is PrimitiveType)
        {
            // A primitive's children are not its definition's ("value" is JsonValue): without overflow they are its id
            // and extensions, the two that EnumerateElements would yield (with an iterator and a dictionary each time).
            if (value.TryGetValue("id", out var id))
            {
                hasChildren |= WalkNamedChild("id", id, parent, owner, path, run, nestResources);
            }

            if (value.TryGetValue("extension", out var extensions))
            {
                hasChildren |= WalkNamedChild("extension", extensions, parent, owner, path, run, nestResources);
            }
        }
        else
        {
            // Every element of a POCO without overflow is defined: look each definition up (no enumerator per element).
            var definitions = parent.ChildList;
            for (var d = 0; d < definitions.Length; d++)
            {
                var definition = definitions[d];
                if (value.TryGetValue(definition.Name, out var child) && child is not null)
                {
                    hasChildren |= definition.Name != "id";
                    WalkChild(child, definition, owner, path, run, nestResources);
                }
            }
        }

        CheckRequired(value, parent, path, run, hasChildren);
    }

    /// <summary>Walks a child found by name in the instance; true when it counts as content for ele-1.</summary>
    private static bool WalkNamedChild(string name, object child, ElementNode parent, CompiledStructure? owner, ElementPath path, ValidationRun run, bool nestResources)
    {
        if (!parent.Children.TryGetValue(name, out var definition))
        {
            run.Findings.Error(ReaderIssueCodes.UnknownElement, path.Append("." + name),
                $"Unknown element '{name}': {parent.Path} has no such element.");
        }
        else
        {
            WalkChild(child, definition, owner, path, run, nestResources);
        }

        // ele-1 is "hasValue() or (children().count() > id.count())": an element id alone is not content.
        return name != "id";
    }

    private static void WalkChild(object child, ElementNode definition, CompiledStructure? owner, ElementPath path, ValidationRun run, bool nestResources)
    {
        if (child is IList list)
        {
            if (list.Count > definition.Max)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, path.Append("." + definition.Name),
                    $"{definition.Display} allows at most {definition.MaxText} but has {list.Count}.");
            }

            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is Base item)
                {
                    WalkItem(item, definition, owner, path, i, run, nestResources);
                }
            }
        }
        else if (child is Base single)
        {
            if (definition.Max == 0)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, path.Append("." + definition.Name), $"{definition.Display} is not allowed here (max 0).");
            }

            WalkItem(single, definition, owner, path, -1, run, nestResources);
        }
        else
        {
            return;
        }

        if (definition.Slicing is not null)
        {
            SliceEvaluator.Evaluate(child, definition, owner, path, run);
        }
    }

    /// <summary>The name of an item in its parent: the element's name, or for a choice element the name with the item's type.</summary>
    public static string ItemName(Base item, ElementNode definition) =>
        definition.IsChoice ? ChoiceNames.Of(definition.Name, item.TypeName) : definition.Name;

    private static void WalkItem(Base item, ElementNode definition, CompiledStructure? owner, ElementPath parentPath, int index, ValidationRun run, bool nestResources)
    {
        var path = parentPath.Child(ItemName(item, definition), index);
        if (definition.IsChoice && !definition.AllowsType(item.TypeName))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"{definition.Display} does not allow the type '{item.TypeName}' (allowed: {string.Join(", ", definition.TypeCodes)}).");
            return;
        }

        WalkValue(item, definition, owner, path, run, isStructureRoot: false, nestResources);
    }

    private static void CheckRequired(Base value, ElementNode parent, ElementPath path, ValidationRun run, bool hasChildren)
    {
        var requiredChildren = parent.RequiredChildren;
        for (var r = 0; r < requiredChildren.Count; r++)
        {
            var required = requiredChildren[r];
            // A primitive's value is not a child in the POCO (xhtml.value is 1..1).
            var count = value is PrimitiveType primitive && required.Name == "value" ? (primitive.JsonValue is null ? 0 : 1)
                : value.TryGetValue(required.Name, out var present) ? present switch
                {
                    IList list => list.Count,
                    null => 0,
                    _ => 1,
                } : 0;
            if (count < required.Min)
            {
                run.Findings.Error(OperationOutcome.IssueType.Required, path,
                    $"{required.Display}: at least {required.Min} required, but found {count}.");
            }

            if (count == 0 && required.Slicing is not null)
            {
                SliceEvaluator.Evaluate(null, required, null, path, run);
            }
        }

        // ele-1: every element has a value or children. Checked natively because it applies everywhere.
        if (!hasChildren && value is not Resource && value is not PrimitiveType { JsonValue: not null })
        {
            run.Findings.Error(ReaderIssueCodes.EmptyElement, path, "The element is empty: it must have a value or children (ele-1).");
        }
    }
}
