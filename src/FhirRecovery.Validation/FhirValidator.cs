using FhirRecovery.Specification;
using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;
using FhirRecovery.Validation.Reading;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation;

/// <summary>
/// The one validation engine of FhirRecovery, shared by the gateway and the CLI. Thread-safe: create
/// one per process; compiled profiles are cached by canonical URL and version.
/// CONTRACT (owned by the validation-engine work): the gateway and the CLI only call what is below.
/// </summary>
public sealed partial class FhirValidator
{
    private readonly StructureCache _structures;

    public FhirValidator(FhirPackageCatalog catalog, TimeProvider timeProvider)
        : this(catalog, timeProvider, nativeFhirPath: true)
    {
    }

    /// <summary>With <paramref name="nativeFhirPath"/> false, every invariant is evaluated by the SDK's FHIRPath
    /// engine (the reference the native evaluator is tested against).</summary>
    internal FhirValidator(FhirPackageCatalog catalog, TimeProvider timeProvider, bool nativeFhirPath)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _structures = new StructureCache(catalog, new StructureCompiler(catalog, CheckBuilders.Create(nativeFhirPath)));
    }

    /// <summary>Compiles the given profiles (and the base types they need) ahead of the first request.
    /// Throws <see cref="ProfileCompilationException"/> listing every profile that cannot compile.</summary>
    public void Warm(IEnumerable<string> profileUrls)
    {
        ArgumentNullException.ThrowIfNull(profileUrls);
        var problems = new List<string>();
        foreach (var url in profileUrls.Distinct(StringComparer.Ordinal))
        {
            if (!_structures.IsKnown(url))
            {
                problems.Add($"{url}: not found in the loaded packages");
                continue;
            }

            try
            {
                var structure = _structures.Get(url);
                StructureWarmer.WarmReachableTypes(structure, _structures);
            }
            catch (Exception e) when (e is FhirPackageException or InvalidOperationException)
            {
                problems.Add($"{url}: {e.Message}");
            }
        }

        if (problems.Count > 0)
        {
            throw new ProfileCompilationException(problems);
        }
    }

    /// <summary>Reads a body in the given format and validates what was read.</summary>
    public ValidationResult Validate(ReadOnlySpan<byte> body, FhirFormat format, ValidationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var read = ResourceReader.Read(body, format);
        var findings = new FindingList();
        foreach (var finding in read.Findings)
        {
            findings.AddFromReader(finding);
        }

        if (read.IsUnreadable || read.Resource is null)
        {
            return new ValidationResult(null, OutcomeBuilder.Build(findings.Items), IsUnreadable: true);
        }

        return Run(read.Resource, WithProfilesFor(read.Resource, request), findings);
    }

    /// <summary>Validates a resource already in memory.</summary>
    public ValidationResult Validate(Resource resource, ValidationRequest request)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(request);
        return Run(resource, WithProfilesFor(resource, request), new FindingList());
    }

    private static ValidationRequest WithProfilesFor(Resource resource, ValidationRequest request)
    {
        if (request.ProfilesFor is not { } profilesFor)
        {
            return request;
        }

        IReadOnlyList<string> chosen;
        try
        {
            chosen = profilesFor(resource);
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            // The content that selects profiles is malformed (an unknown code, a wrong JSON shape): the walk reports
            // it, and the resource is validated against its base and declared profiles only.
            chosen = [];
        }

        return chosen.Count == 0 ? request : request with { Profiles = [.. request.Profiles, .. chosen] };
    }

    private ValidationResult Run(Resource resource, ValidationRequest request, FindingList findings)
    {
        var run = new ValidationRun(_structures, findings) { Rules = request.UnresolvedDefinitions };
        try
        {
            ResourceValidator.Validate(resource, request.Profiles, ElementPath.Root(resource.TypeName), run);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A defect of the engine must not become an HTTP 500 or a silent pass: the sender gets an error that
            // says the instance could not be validated, with what was found before.
            findings.Add(new Finding(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Exception,
                $"The validator failed on this instance ({e.GetType().Name}); it could not be validated completely.", resource.TypeName));
        }
        finally
        {
            run.TypeWalks?.Release();
        }

        return new ValidationResult(resource, OutcomeBuilder.Build(findings.Items), IsUnreadable: false);
    }
}
