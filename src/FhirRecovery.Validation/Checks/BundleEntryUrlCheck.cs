using System.Text.RegularExpressions;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// The fullUrl rules every reference validator applies to Bundle entries (the HL7 Java validator's
/// BUNDLE_ENTRY_* rules, all errors): outside transactions and batches an entry with a resource has a
/// fullUrl; a fullUrl is absolute; a RESTful fullUrl (http[s]://.../Type/id) names the entry's own resource
/// type and id. References resolve by fullUrl, so a wrong one silently points elsewhere.
/// </summary>
internal sealed partial class BundleEntryUrlCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Bundle bundle)
        {
            return;
        }

        var needsFullUrl = CodeText.BundleType(bundle) is not ("transaction" or "batch");
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (entry.FullUrl is not { } fullUrl)
            {
                if (needsFullUrl && entry.Resource is not null)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Required, At(path, i),
                        "Except for transactions and batches, each entry in a Bundle must have a fullUrl, the identity of its resource.");
                }

                continue;
            }

            // urn:uuid: and urn:oid: (the usual fullUrls) are checked by their own formats; on Unix, "/Patient/p1"
            // parses as an absolute file path, so a fullUrl needs a scheme of its own.
            if (fullUrl.StartsWith("urn:", StringComparison.Ordinal))
            {
                continue;
            }

            if (!Uri.TryCreate(fullUrl, UriKind.Absolute, out _) || fullUrl.StartsWith('/'))
            {
                run.Findings.Error(OperationOutcome.IssueType.Invalid, At(path, i) + ".fullUrl", $"fullUrl '{fullUrl}' must be an absolute URL (or a urn:uuid:/urn:oid:).");
                continue;
            }

            if (entry.Resource is { } resource && RestfulUrl().Match(fullUrl) is { Success: true } restful
                && ModelInfo.IsKnownResource(restful.Groups["type"].Value))
            {
                var (type, id) = (restful.Groups["type"].Value, restful.Groups["id"].Value);
                if (resource.Id is null)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Invalid, At(path, i),
                        $"fullUrl '{fullUrl}' names {type}/{id}, but the entry's resource has no id.");
                }
                else if (type != resource.TypeName || id != resource.Id)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Invalid, At(path, i),
                        $"fullUrl '{fullUrl}' does not match the entry's resource {resource.TypeName}/{resource.Id}: a RESTful fullUrl ends with the resource's type and id.");
                }
            }
        }
    }

    private static string At(ElementPath path, int index) => $"{path.Expression}.entry[{index}]";

    // The R4 RESTful identity of a resource: [base]/[type]/[id], optionally with /_history/[vid].
    [GeneratedRegex(@"^https?://.+/(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RestfulUrl();
}
