using System.Collections.Frozen;
using System.Collections.Immutable;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>
/// Loads the routing directory from a folder of FHIR JSON files (one resource or one Bundle per file) or from a
/// single file, and validates it. Every problem, parse errors included, is gathered and returned at once.
/// </summary>
public static class RoutingDirectoryLoader
{
    /// <summary>Loads and validates the directory at <paramref name="path"/> (a folder or a .json file).</summary>
    /// <param name="knownServiceTypes">The accepted service type codes; defaults to <see cref="RecoveryServiceTypes.All"/>.</param>
    public static DirectoryLoadResult Load(string path, IEnumerable<string>? knownServiceTypes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var problems = new List<DirectoryProblem>();
        var resources = new List<(Resource Resource, string Source)>();
        foreach (var file in FilesAt(path, problems))
        {
            ReadFile(file, resources, problems);
        }

        var draft = ToDraft(resources, problems);
        var codes = knownServiceTypes?.ToFrozenSet(StringComparer.Ordinal) ?? RecoveryServiceTypes.All;
        problems.AddRange(new DirectoryValidator(codes).Validate(draft));
        return problems.Count == 0
            ? DirectoryLoadResult.Success(DirectoryModelBuilder.Build(draft))
            : DirectoryLoadResult.Failure(problems);
    }

    private static IEnumerable<string> FilesAt(string path, List<DirectoryProblem> problems)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (Directory.Exists(path))
        {
            return Directory.GetFiles(path, "*.json").Order(StringComparer.Ordinal);
        }

        problems.Add(new DirectoryProblem("missing-directory", $"No file or folder at '{path}'."));
        return [];
    }

    private static void ReadFile(string file, List<(Resource, string)> resources, List<DirectoryProblem> problems)
    {
        Resource? resource;
        try
        {
            resource = new FhirJsonDeserializer().DeserializeResource(File.ReadAllText(file));
        }
        catch (DeserializationFailedException ex)
        {
            // Report every format error, but keep what parsed so the rules can still find the other problems.
            problems.AddRange(ex.Exceptions.Select(e => new DirectoryProblem("invalid-fhir", e.Message, null, file)));
            resource = ex.PartialResult as Resource;
        }
        catch (System.Text.Json.JsonException ex)
        {
            problems.Add(new DirectoryProblem("parse-error", ex.Message, null, file));
            return;
        }
        catch (IOException ex)
        {
            problems.Add(new DirectoryProblem("unreadable-file", ex.Message, null, file));
            return;
        }

        if (resource is Bundle bundle)
        {
            resources.AddRange(bundle.Entry.Where(e => e.Resource is not null).Select(e => (e.Resource!, file)));
        }
        else if (resource is not null)
        {
            resources.Add((resource, file));
        }
    }

    private static DirectoryDraft ToDraft(List<(Resource Resource, string Source)> resources, List<DirectoryProblem> problems)
    {
        foreach (var (resource, source) in resources.Where(r => r.Resource is not (Organization or HealthcareService or Endpoint or Location)))
        {
            problems.Add(new DirectoryProblem(
                "unsupported-resource",
                $"{resource.TypeName} does not belong in the routing directory (Organization, HealthcareService, Endpoint, Location).",
                $"{resource.TypeName}/{resource.Id}",
                source));
        }

        return new DirectoryDraft(Of<Organization>(resources), Of<HealthcareService>(resources), Of<Endpoint>(resources), Of<Location>(resources));
    }

    private static ImmutableArray<SourcedResource<T>> Of<T>(List<(Resource Resource, string Source)> resources)
        where T : Resource =>
        [.. resources.Where(r => r.Resource is T).Select(r => new SourcedResource<T>((T)r.Resource, r.Source))];
}
