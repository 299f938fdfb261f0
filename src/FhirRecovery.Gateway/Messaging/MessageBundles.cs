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

    private static bool Resolves(Bundle bundle, string? reference) =>
        reference is { Length: > 0 } && bundle.Entry.Any(e =>
            e.FullUrl == reference
            || (e.FullUrl?.EndsWith("/" + reference, StringComparison.Ordinal) ?? false)
            || (e.Resource is { Id: { } id } r && reference == $"{r.TypeName}/{id}"));
}
