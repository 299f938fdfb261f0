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

        if (RestReference.TryMatch(reference, out var rest) && Hl7.Fhir.Model.ModelInfo.IsKnownResource(rest.Type))
        {
            return new ReferenceParts(rest.HasBase ? ReferenceKind.Absolute : ReferenceKind.Relative, rest.Type, rest.Id);
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

    [GeneratedRegex(@"^urn:(uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|oid:[0-2](\.(0|[1-9][0-9]*))+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex UrnPattern();
}
