using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>A parsed directory resource and the file it came from, so problems can name the file.</summary>
internal sealed record SourcedResource<T>(T Resource, string Source)
    where T : Resource
{
    public string Key => $"{Resource.TypeName}/{Resource.Id}";

    public DirectoryProblem Problem(string code, string message) => new(code, message, Key, Source);
}
