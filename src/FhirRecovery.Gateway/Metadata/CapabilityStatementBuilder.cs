using System.Reflection;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Routing;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Metadata;

/// <summary>
/// Describes what this gateway really does, from its configuration and the loaded packages: $validate at system
/// and type level for every R4 resource type, the profiles it can validate against, JSON and XML; and what the
/// routing serves (<see cref="RoutingCapabilities"/>): $process-message, routed creates, pass-through reads, AuditEvent search.
/// </summary>
internal static class CapabilityStatementBuilder
{
    private const string ValidateDefinition = "http://hl7.org/fhir/OperationDefinition/Resource-validate";
    private const string CoreProfileBase = "http://hl7.org/fhir/StructureDefinition/";

    private static readonly string _softwareVersion =
        typeof(CapabilityStatementBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(CapabilityStatementBuilder).Assembly.GetName().Version?.ToString() ?? "0.0.0";

    public static CapabilityStatement Build(LoadedDefinitions definitions, MetadataOptions options, string baseUrl)
    {
        var profilesByType = ProfilesByType(definitions);
        return new CapabilityStatement
        {
            Name = "FhirRecoveryGateway",
            Title = "FhirRecovery gateway",
            Status = PublicationStatus.Active,
            Date = new FhirDateTime(WholeSeconds(definitions.ReadySince)).Value,
            Publisher = options.Publisher,
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "FhirRecovery Gateway", Version = _softwareVersion },
            Implementation = new CapabilityStatement.ImplementationComponent
            {
                Description = "FhirRecovery gateway: validates FHIR R4 resources against the base specification and the loaded profiles ("
                    + string.Join(", ", definitions.Catalog.Packages) + ").",
                Url = baseUrl,
            },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["json", "xml", FhirMediaTypes.FhirJson, FhirMediaTypes.FhirXml],
            Rest =
            [
                new CapabilityStatement.RestComponent
                {
                    Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                    Documentation = "POST a resource, or a Parameters with 'resource' and optional 'profile', to $validate." + RoutingCapabilities.Documentation,
                    Resource = [.. ResourceTypes.All.Select(type => ResourceEntry(type, profilesByType))],
                    Operation = [ValidateOperationEntry(), RoutingCapabilities.ProcessMessage],
                },
            ],
        };
    }

    private static CapabilityStatement.ResourceComponent ResourceEntry(string type, ILookup<string, string> profilesByType) => new()
    {
        Type = type,
        Profile = CoreProfileBase + type,
        SupportedProfile = [.. profilesByType[type]],
        Operation = [ValidateOperationEntry()],
        Interaction = RoutingCapabilities.InteractionsFor(type),
        SearchParam = RoutingCapabilities.SearchParamsFor(type),
    };

    private static DateTimeOffset WholeSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private static CapabilityStatement.OperationComponent ValidateOperationEntry() =>
        new() { Name = "validate", Definition = ValidateDefinition };

    // Only profiles of resource types go to rest.resource.supportedProfile; extension and data-type profiles are
    // validated as part of the resources that use them.
    private static ILookup<string, string> ProfilesByType(LoadedDefinitions definitions) =>
        definitions.Catalog.ProfileUrls
            .Select(url => (Url: url, Type: (definitions.Catalog.Resolve(url) as StructureDefinition)?.Type))
            .Where(p => p.Type is not null && ResourceTypes.IsKnown(p.Type))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToLookup(p => p.Type!, p => p.Url, StringComparer.Ordinal);
}
