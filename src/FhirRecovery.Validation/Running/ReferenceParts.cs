using System.Text.RegularExpressions;

namespace FhirRecovery.Validation.Running;

/// <summary>The kinds of literal reference FHIR allows.</summary>
internal enum ReferenceKind
{
    Contained,
    Relative,
    Absolute,
    Urn,
    OtherUrl,
    Invalid,
}

/// <summary>A literal reference taken apart: "#p1", "Patient/123", "https://x/fhir/Patient/123/_history/2", "urn:uuid:…".</summary>
internal readonly partial record struct ReferenceParts(ReferenceKind Kind, string? ResourceType, string? Id)
{
    public static ReferenceParts Parse(string reference)
    {
        if (reference.StartsWith('#'))
        {
            return new ReferenceParts(ReferenceKind.Contained, null, reference.Length > 1 ? reference[1..] : null);
        }

        if (reference.StartsWith("urn:uuid:", StringComparison.Ordinal) || reference.StartsWith("urn:oid:", StringComparison.Ordinal))
        {
            return UrnPattern().IsMatch(reference) ? new ReferenceParts(ReferenceKind.Urn, null, null) : new ReferenceParts(ReferenceKind.Invalid, null, null);
        }

        if (reference.StartsWith("urn:", StringComparison.Ordinal))
        {
            return new ReferenceParts(ReferenceKind.OtherUrl, null, null); // another URN scheme: a logical URI we cannot judge
        }

        var match = RestPattern().Match(reference);
        if (match.Success && Hl7.Fhir.Model.ModelInfo.IsKnownResource(match.Groups["type"].Value))
        {
            var kind = match.Groups["base"].Success ? ReferenceKind.Absolute : ReferenceKind.Relative;
            return new ReferenceParts(kind, match.Groups["type"].Value, match.Groups["id"].Value);
        }

        // A conditional reference ("Patient?identifier=…") is legal in transactions; the server resolves it.
        var question = reference.IndexOf('?', StringComparison.Ordinal);
        if (question > 0 && Hl7.Fhir.Model.ModelInfo.IsKnownResource(reference[..question]))
        {
            return new ReferenceParts(ReferenceKind.OtherUrl, reference[..question], null);
        }

        // An absolute URL that is not a FHIR REST URL may still be a valid (logical or external) reference.
        return Uri.TryCreate(reference, UriKind.Absolute, out _) && reference.Contains("://", StringComparison.Ordinal)
            ? new ReferenceParts(ReferenceKind.OtherUrl, null, null)
            : new ReferenceParts(ReferenceKind.Invalid, null, null);
    }

    [GeneratedRegex(@"^(?<base>https?://[^\s]+?/)?(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex RestPattern();

    [GeneratedRegex(@"^urn:(uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|oid:[0-2](\.(0|[1-9][0-9]*))+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex UrnPattern();
}
