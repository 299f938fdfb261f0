using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// In a document Bundle every entry must be reachable from the Composition (entry 0) by following references between
/// entries, as the HL7 Java validator checks (BundleValidator.checkAllInterlinked): forward from the Composition, then
/// backward (an entry that refers to a reached entry is reached too; a warning in R4 unless it is a Provenance). An entry
/// reached by neither is an error. References are Reference.reference and uri/url values, resolved in the Bundle by
/// dictionary (linear in the number of references).
/// </summary>
internal sealed class DocumentReachabilityCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Bundle bundle || CodeText.BundleType(bundle) != "document" || run.Scope?.Bundle is not { } index || bundle.Entry.Count < 2)
        {
            return;
        }

        var entryOf = new Dictionary<Resource, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            if (bundle.Entry[i].Resource is { } resource)
            {
                entryOf.TryAdd(resource, i);
            }
        }

        var targets = new List<int>[bundle.Entry.Count];
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            targets[i] = [];
            if (bundle.Entry[i].Resource is not { } resource)
            {
                continue;
            }

            foreach (var reference in EntryReferences.Of(resource))
            {
                if (index.Resolve(reference, bundle.Entry[i].FullUrl) is { } target && entryOf.TryGetValue(target, out var t) && t != i)
                {
                    targets[i].Add(t);
                }
            }
        }

        var reached = new bool[bundle.Entry.Count];
        Visit(0, targets, reached);
        bool foundReverse;
        do
        {
            foundReverse = false;
            for (var i = 0; i < targets.Length; i++)
            {
                if (!reached[i] && bundle.Entry[i].Resource is not null && targets[i].Exists(t => reached[t]))
                {
                    if (bundle.Entry[i].Resource is not Provenance)
                    {
                        run.Findings.Warning(OperationOutcome.IssueType.Invalid, path.Append($".entry[{i}]"),
                            $"Entry {bundle.Entry[i].FullUrl} is only reachable by a reference from it to the document (a reverse link), which R4 does not expect.");
                    }

                    Visit(i, targets, reached);
                    foundReverse = true;
                }
            }
        }
        while (foundReverse);

        for (var i = 0; i < targets.Length; i++)
        {
            if (!reached[i] && bundle.Entry[i].Resource is not null)
            {
                run.Findings.Error(OperationOutcome.IssueType.Invalid, path.Append($".entry[{i}]"),
                    $"Entry {bundle.Entry[i].FullUrl} isn't reachable by traversing links (forward or backward) from the Composition.");
            }
        }
    }

    private static void Visit(int entry, List<int>[] targets, bool[] reached)
    {
        var pending = new Stack<int>();
        pending.Push(entry);
        while (pending.TryPop(out var next))
        {
            if (reached[next])
            {
                continue;
            }

            reached[next] = true;
            foreach (var target in targets[next])
            {
                pending.Push(target);
            }
        }
    }
}
