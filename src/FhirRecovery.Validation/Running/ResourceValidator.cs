using FhirRecovery.Specification;
using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// Validates one resource against the base definition of its type, every profile in its meta.profile and
/// any profile the caller requires. Nested resources (contained, Bundle entries) come back here with their
/// own scope, so references resolve against the right container and Bundle.
/// </summary>
internal static class ResourceValidator
{
    private const int MaxResourceDepth = 16;

    private static readonly List<string> NoProfiles = [];

    public static void Validate(Resource resource, IReadOnlyList<string> requiredProfiles, ElementPath path, ValidationRun run, bool isContained = false)
    {
        var previous = run.Scope;
        run.Scope = CreateScope(resource, previous, isContained, path, run);
        try
        {
            ValidateInScope(resource, requiredProfiles, path, run);
        }
        finally
        {
            run.Scope = previous;
        }
    }

    public static void ValidateNested(Resource nested, ElementPath path, ValidationRun run, bool isContained)
    {
        if (run.ResourceDepth >= MaxResourceDepth)
        {
            run.Findings.Error(OperationOutcome.IssueType.TooCostly, path, $"Resources are nested more than {MaxResourceDepth} deep; the rest is not validated.");
            return;
        }

        run.ResourceDepth++;
        try
        {
            Validate(nested, [], path, run, isContained);
        }
        finally
        {
            run.ResourceDepth--;
        }
    }

    /// <summary>True when the resource meets the profile; its findings are not reported (used for reference targets and profile slices).</summary>
    public static bool Conforms(Resource resource, string profile, ValidationRun run)
    {
        if (!run.Structures.IsKnown(profile))
        {
            return false;
        }

        // The target gets its own scope, so its invariants see it as %resource (and its container, if contained).
        var scope = run.Scope;
        var isContained = scope?.ContainedHost is DomainResource host && host.Contained.Contains(resource);
        var probe = new ValidationRun(run.Structures, new FindingList())
        {
            Rules = run.Rules,
            Scope = new ResourceScope(resource, isContained ? scope!.ContainedHost : null, scope?.Bundle, scope?.Bundle?.FullUrlOf(resource)),
            ResourceDepth = run.ResourceDepth + 1,
        };
        ValidateAgainstProfile(resource, profile, null, ElementPath.Root(resource.TypeName), probe);
        return !probe.Findings.HasErrors;
    }

    private static void ValidateInScope(Resource resource, IReadOnlyList<string> requiredProfiles, ElementPath path, ValidationRun run)
    {
        var baseStructure = Compile(resource.TypeName, isProfile: false, path, null, run);
        if (baseStructure is null)
        {
            return;
        }

        var declared = DeclaredProfiles(resource);
        if (declared.Count > 0 || requiredProfiles.Count > 0)
        {
            run.TypeWalks ??= new TypeWalkSet();
        }

        InstanceWalker.WalkResource(resource, baseStructure, path, run);

        for (var i = 0; i < declared.Count; i++)
        {
            ValidateAgainstProfile(resource, declared[i], i, path, run);
        }

        for (var i = 0; i < requiredProfiles.Count; i++)
        {
            if (!declared.Contains(requiredProfiles[i]))
            {
                ValidateAgainstProfile(resource, requiredProfiles[i], null, path, run);
            }
        }
    }

    /// <summary>meta.profile as text, read without the SDK's typed getters, which throw when meta or a profile was
    /// read in the wrong JSON shape or type (the reader reports that).</summary>
    private static List<string> DeclaredProfiles(Resource resource)
    {
        // Most resources declare none: they share one empty list (only ever read).
        List<string>? profiles = null;
        if (resource.TryGetValue("meta", out var meta) && meta is Meta { } typed && typed.TryGetValue("profile", out var list) && list is IReadOnlyList<Base> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i] is PrimitiveType { JsonValue: string url })
                {
                    (profiles ??= []).Add(url);
                }
            }
        }

        return profiles ?? NoProfiles;
    }

    private static ResourceScope CreateScope(Resource resource, ResourceScope? parent, bool isContained, ElementPath path, ValidationRun run)
    {
        if (isContained && parent is not null)
        {
            return new ResourceScope(resource, parent.ContainedHost, parent.Bundle, parent.FullUrl);
        }

        var fullUrl = parent?.Bundle?.FullUrlOf(resource);
        return resource is Bundle bundle ? new ResourceScope(resource, null, IndexBundle(bundle, path, run), fullUrl)
            : new ResourceScope(resource, null, parent?.Bundle, fullUrl);
    }

    // Apart from CreateScope, so that its closure is made for Bundles only (a lambda's captures are allocated on
    // entry to the method that declares them).
    private static BundleIndex IndexBundle(Bundle bundle, ElementPath path, ValidationRun run) =>
        new(bundle, (i, url) => run.Findings.Error(OperationOutcome.IssueType.Invariant,
            $"{path.Expression}.entry[{i}].fullUrl", $"fullUrl '{url}' appears more than once in the Bundle (bdl-7)."));

    /// <param name="declaredIndex">The profile's index in meta.profile, or null for a profile the caller requires.</param>
    private static void ValidateAgainstProfile(Resource resource, string profile, int? declaredIndex, ElementPath path, ValidationRun run)
    {
        if (!run.Structures.IsKnown(profile))
        {
            var message = $"Profile '{profile}' is unknown: it is in none of the loaded packages.";
            if (run.Rules == UnresolvedDefinitionRules.ReferenceValidator && declaredIndex is not null)
            {
                // A declared meta.profile that cannot be resolved: the Java validator warns that it was not checked.
                run.Findings.Warning(OperationOutcome.IssueType.NotFound, ProfileExpression(path, declaredIndex), message + " The resource was not checked against it.");
            }
            else
            {
                run.Findings.Error(OperationOutcome.IssueType.NotFound, ProfileExpression(path, declaredIndex), message);
            }

            return;
        }

        var structure = Compile(profile, isProfile: true, path, declaredIndex, run);
        if (structure is null)
        {
            return;
        }

        if (structure.Type != resource.TypeName)
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, ProfileExpression(path, declaredIndex),
                $"Profile '{profile}' constrains {structure.Type}, not {resource.TypeName}.");
            return;
        }

        InstanceWalker.WalkResource(resource, structure, path, run);
    }

    /// <summary>Where findings about a profile go: its meta.profile entry when declared, else the resource.</summary>
    private static string ProfileExpression(ElementPath path, int? declaredIndex) =>
        declaredIndex is { } i ? $"{path.Expression}.meta.profile[{i}]" : path.Expression;

    /// <summary>The compiled base type (<paramref name="isProfile"/> false) or profile; null, with a finding, when it cannot be had.</summary>
    private static CompiledStructure? Compile(string name, bool isProfile, ElementPath path, int? declaredIndex, ValidationRun run)
    {
        try
        {
            var structure = isProfile ? run.Structures.Get(name) : run.Structures.ForType(name);
            if (structure is null)
            {
                run.Findings.Error(OperationOutcome.IssueType.NotSupported, ProfileExpression(path, declaredIndex), $"'{name}' is not a known FHIR R4 type.");
            }

            return structure;
        }
        catch (Exception e) when (e is FhirPackageException or InvalidOperationException)
        {
            run.Findings.Error(OperationOutcome.IssueType.Exception, ProfileExpression(path, declaredIndex), $"'{name}' could not be compiled: {e.Message}");
            return null;
        }
    }
}
