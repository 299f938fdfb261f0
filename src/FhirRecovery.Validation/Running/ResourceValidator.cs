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

    public static void Validate(Resource resource, IReadOnlyList<string> requiredProfiles, string expression, ValidationRun run, bool isContained = false)
    {
        var previous = run.Scope;
        run.Scope = CreateScope(resource, previous, isContained, expression, run);
        try
        {
            ValidateInScope(resource, requiredProfiles, expression, run);
        }
        finally
        {
            run.Scope = previous;
        }
    }

    public static void ValidateNested(Resource nested, string expression, ValidationRun run, bool isContained)
    {
        if (run.ResourceDepth >= MaxResourceDepth)
        {
            run.Findings.Error(OperationOutcome.IssueType.TooCostly, expression, $"Resources are nested more than {MaxResourceDepth} deep; the rest is not validated.");
            return;
        }

        run.ResourceDepth++;
        try
        {
            Validate(nested, [], expression, run, isContained);
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
        ValidateAgainstProfile(resource, profile, resource.TypeName, resource.TypeName, probe);
        return !probe.Findings.HasErrors;
    }

    private static void ValidateInScope(Resource resource, IReadOnlyList<string> requiredProfiles, string expression, ValidationRun run)
    {
        var baseStructure = Compile(() => run.Structures.ForType(resource.TypeName), resource.TypeName, expression, run);
        if (baseStructure is null)
        {
            return;
        }

        var declared = DeclaredProfiles(resource);
        if (declared.Count > 0 || requiredProfiles.Count > 0)
        {
            run.TypeWalks ??= new TypeWalkSet();
            run.Expressions ??= new ItemExpressions();
        }

        InstanceWalker.WalkResource(resource, baseStructure, expression, run);

        for (var i = 0; i < declared.Count; i++)
        {
            ValidateAgainstProfile(resource, declared[i], $"{expression}.meta.profile[{i}]", expression, run);
        }

        foreach (var profile in requiredProfiles.Where(p => !declared.Contains(p)))
        {
            ValidateAgainstProfile(resource, profile, expression, expression, run);
        }
    }

    /// <summary>meta.profile as text, read without the SDK's typed getters, which throw when meta or a profile was
    /// read in the wrong JSON shape or type (the reader reports that).</summary>
    private static List<string> DeclaredProfiles(Resource resource)
    {
        var profiles = new List<string>();
        if (resource.TryGetValue("meta", out var meta) && meta is Meta { } typed && typed.TryGetValue("profile", out var list) && list is IEnumerable<Base> items)
        {
            foreach (var item in items)
            {
                if (item is PrimitiveType { JsonValue: string url })
                {
                    profiles.Add(url);
                }
            }
        }

        return profiles;
    }

    private static ResourceScope CreateScope(Resource resource, ResourceScope? parent, bool isContained, string expression, ValidationRun run)
    {
        if (isContained && parent is not null)
        {
            return new ResourceScope(resource, parent.ContainedHost, parent.Bundle, parent.FullUrl);
        }

        var fullUrl = parent?.Bundle?.FullUrlOf(resource);
        if (resource is Bundle bundle)
        {
            var index = new BundleIndex(bundle, (i, url) => run.Findings.Error(OperationOutcome.IssueType.Invariant,
                $"{expression}.entry[{i}].fullUrl", $"fullUrl '{url}' appears more than once in the Bundle (bdl-7)."));
            return new ResourceScope(resource, null, index, fullUrl);
        }

        return new ResourceScope(resource, null, parent?.Bundle, fullUrl);
    }

    private static void ValidateAgainstProfile(Resource resource, string profile, string profileExpression, string expression, ValidationRun run)
    {
        if (!run.Structures.IsKnown(profile))
        {
            var message = $"Profile '{profile}' is unknown: it is in none of the loaded packages.";
            if (run.Rules == UnresolvedDefinitionRules.ReferenceValidator && profileExpression != expression)
            {
                // A declared meta.profile that cannot be resolved: the Java validator warns that it was not checked.
                run.Findings.Warning(OperationOutcome.IssueType.NotFound, profileExpression, message + " The resource was not checked against it.");
            }
            else
            {
                run.Findings.Error(OperationOutcome.IssueType.NotFound, profileExpression, message);
            }

            return;
        }

        var structure = Compile(() => run.Structures.Get(profile), profile, profileExpression, run);
        if (structure is null)
        {
            return;
        }

        if (structure.Type != resource.TypeName)
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, profileExpression,
                $"Profile '{profile}' constrains {structure.Type}, not {resource.TypeName}.");
            return;
        }

        InstanceWalker.WalkResource(resource, structure, expression, run);
    }

    private static CompiledStructure? Compile(Func<CompiledStructure?> compile, string name, string expression, ValidationRun run)
    {
        try
        {
            var structure = compile();
            if (structure is null)
            {
                run.Findings.Error(OperationOutcome.IssueType.NotSupported, expression, $"'{name}' is not a known FHIR R4 type.");
            }

            return structure;
        }
        catch (Exception e) when (e is FhirPackageException or InvalidOperationException)
        {
            run.Findings.Error(OperationOutcome.IssueType.Exception, expression, $"'{name}' could not be compiled: {e.Message}");
            return null;
        }
    }
}
