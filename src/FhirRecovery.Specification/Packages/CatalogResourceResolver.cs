using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;
using Task = System.Threading.Tasks.Task;

namespace FhirRecovery.Specification.Packages;

/// <summary>The catalog seen through the Firely SDK's resolver interfaces (snapshot generator, FHIRPath, terminology).</summary>
internal sealed class CatalogResourceResolver(FhirPackageCatalog catalog) : IResourceResolver, IAsyncResourceResolver
{
    public Resource? ResolveByCanonicalUri(string uri) => catalog.Resolve(uri);

    public Resource? ResolveByUri(string uri) => catalog.Resolve(uri);

    public ResolverResult TryResolveByCanonicalUri(string uri) => ToResult(uri, catalog.Resolve(uri));

    public ResolverResult TryResolveByUri(string uri) => ToResult(uri, catalog.Resolve(uri));

    public Task<Resource?> ResolveByCanonicalUriAsync(string uri) => Task.FromResult(catalog.Resolve(uri));

    public Task<Resource?> ResolveByUriAsync(string uri) => Task.FromResult(catalog.Resolve(uri));

    public Task<ResolverResult> TryResolveByCanonicalUriAsync(string uri) => Task.FromResult(TryResolveByCanonicalUri(uri));

    public Task<ResolverResult> TryResolveByUriAsync(string uri) => Task.FromResult(TryResolveByUri(uri));

    private static ResolverResult ToResult(string uri, Resource? resource) =>
        resource is not null ? new ResolverResult(resource) : new ResolverResult(new ResolverException("not-found", $"'{uri}' is not in the loaded packages."));
}
