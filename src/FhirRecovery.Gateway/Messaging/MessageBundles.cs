using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>The FHIR message rules $process-message checks itself, whatever the event's profile says: a Bundle of
/// type message, a MessageHeader first, and every MessageHeader.focus resolving to an entry of the Bundle.</summary>
internal static class MessageBundles
{
    public static string? Problem(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Type != Bundle.BundleType.Message)
        {
            return "$process-message takes a Bundle of type 'message'.";
        }

        if (bundle.Entry.FirstOrDefault()?.Resource is not MessageHeader header)
        {
            return "The first entry of a message Bundle must be its MessageHeader.";
        }

        var unresolved = header.Focus.Where(f => !Resolves(bundle, f.Reference)).Select(f => f.Reference ?? "(empty)").ToList();
        return unresolved.Count == 0 ? null
            : $"MessageHeader.focus must resolve inside the Bundle; not found: {string.Join(", ", unresolved)}.";
    }

    public static MessageHeader Header(Bundle bundle) => (MessageHeader)bundle.Entry[0].Resource!;

    public static string? EventCode(Bundle bundle) =>
        bundle.Entry.FirstOrDefault()?.Resource is MessageHeader { Event: Coding coding } ? coding.Code : null;

    // Compared in place (no "/" + reference or "Type/id" string per entry): a fullUrl equal to the reference or ending
    // in "/" + reference, or a resource whose "Type/id" is the reference.
    private static bool Resolves(Bundle bundle, string? reference)
    {
        if (reference is not { Length: > 0 })
        {
            return false;
        }

        foreach (var entry in bundle.Entry)
        {
            if (entry.FullUrl is { } fullUrl && (fullUrl == reference || EndsWithSegment(fullUrl, reference)))
            {
                return true;
            }

            if (entry.Resource is { Id: { } id } resource && IsTypeAndId(reference, resource.TypeName, id))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithSegment(string fullUrl, string reference) =>
        fullUrl.Length > reference.Length && fullUrl.EndsWith(reference, StringComparison.Ordinal) && fullUrl[^(reference.Length + 1)] == '/';

    private static bool IsTypeAndId(string reference, string typeName, string id) =>
        reference.Length == typeName.Length + 1 + id.Length && reference.StartsWith(typeName, StringComparison.Ordinal)
        && reference[typeName.Length] == '/' && reference.EndsWith(id, StringComparison.Ordinal);
}
