using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The resources of one Bundle by fullUrl (and by Type/id when the fullUrl is a RESTful URL), built once per
/// Bundle so that resolving every reference stays linear in the size of the Bundle.
/// </summary>
internal sealed class BundleIndex
{
    private readonly Dictionary<string, Resource> _byUrl;
    private readonly Dictionary<Resource, string> _fullUrls;

    public BundleIndex(Bundle bundle, Action<int, string> duplicateFullUrl)
    {
        Bundle = bundle;
        List<Bundle.EntryComponent>? entries;
        try
        {
            entries = bundle.Entry;
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            // 'entry' read in the wrong JSON shape (reported by the reader): there is nothing to index.
            entries = null;
        }

        // Sized once for the entries: growing step by step would allocate and rehash them about twice over.
        var count = entries?.Count ?? 0;
        _byUrl = new Dictionary<string, Resource>(count, StringComparer.Ordinal);
        _fullUrls = new Dictionary<Resource, string>(count, ReferenceEqualityComparer.Instance);
        if (entries is null)
        {
            return;
        }

        for (var i = 0; i < entries.Count; i++)
        {
            try
            {
                Add(entries[i], i, CodeText.BundleType(bundle) == "history", duplicateFullUrl);
            }
            catch (Hl7.Fhir.Validation.CodedValidationException)
            {
                // An entry whose fullUrl or meta could not be read as its type (reported by the reader) is not indexed.
            }
        }
    }

    private void Add(Bundle.EntryComponent? entry, int i, bool isHistory, Action<int, string> duplicateFullUrl)
    {
        if (entry?.Resource is not { } resource)
        {
            return;
        }

        if (entry.FullUrl is { Length: > 0 } fullUrl)
        {
            var versioned = resource.Meta?.VersionId is { } version ? fullUrl + "/_history/" + version : fullUrl;
            // bdl-7: fullUrl is unique unless the entries are versions of one resource (or the Bundle is a history).
            if (!_byUrl.TryAdd(fullUrl, resource) && resource.Meta?.VersionId is null && !isHistory)
            {
                duplicateFullUrl(i, fullUrl);
            }

            _byUrl.TryAdd(versioned, resource);
            _fullUrls[resource] = fullUrl;
            var parts = ReferenceParts.Parse(fullUrl);
            if (parts.Kind == ReferenceKind.Absolute)
            {
                _byUrl.TryAdd(parts.ResourceType + "/" + parts.Id, resource);
            }
        }
        else if (resource.Id is { Length: > 0 } id)
        {
            _byUrl.TryAdd(resource.TypeName + "/" + id, resource);
        }
    }

    public Bundle Bundle { get; }

    public string? FullUrlOf(Resource resource) => _fullUrls.GetValueOrDefault(resource);

    /// <summary>Finds the target of a reference made from the entry with the given fullUrl.</summary>
    public Resource? Resolve(string reference, string? fromFullUrl)
    {
        if (_byUrl.TryGetValue(reference, out var found))
        {
            return found;
        }

        // A relative reference in an entry with a RESTful fullUrl is relative to that entry's server base.
        if (fromFullUrl is not null && ReferenceParts.Parse(fromFullUrl) is { Kind: ReferenceKind.Absolute } from)
        {
            var serverBase = fromFullUrl[..^(from.ResourceType!.Length + from.Id!.Length + 1)];
            return _byUrl.GetValueOrDefault(serverBase + reference);
        }

        return null;
    }
}
