using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Whether an extension's contexts allow the element it sits on, as the Java validator judges them
/// (InstanceValidator.checkExtensionContext): an element context names the host's path or type ("Element" allows
/// anything, "Resource"/"DomainResource" a resource, "BackboneElement" a backbone element); a FHIRPath context is
/// evaluated on the resource and allows the elements it selects; an extension context allows the extension inside an
/// extension with that url (on the extension itself or on its value); every contextInvariant must hold on the host.
/// What cannot be known (a data type reached from a path we cannot name, a FHIRPath that fails) is allowed: never a
/// false error.
/// </summary>
internal static class ExtensionContextMatcher
{
    public static bool Allows(CompiledStructure structure, Extension extension, ExtensionHost host, ElementPath path, ValidationRun run)
    {
        var contexts = structure.Contexts;
        return contexts.IsEmpty || ElementContextAllows(contexts, host, path, run)
            || ExtensionContextAllows(contexts, host, path, run) || FhirPathContextAllows(contexts, extension, run);
    }

    /// <summary>The contextInvariant that fails on the host, or null when all hold (or cannot be evaluated).</summary>
    public static string? FailedInvariant(CompiledStructure structure, ElementPath path, ValidationRun run)
    {
        var invariants = structure.Contexts.Invariants;
        if (invariants.Count == 0 || ExtensionHostPath.Host(path.Expression, run.Scope?.Resource).Host is not { } hostElement)
        {
            return null;
        }

        foreach (var invariant in invariants)
        {
            try
            {
                if (!FhirPathCache.Get(invariant).Predicate(hostElement.ToPocoNode(ModelInfo.ModelInspector), run.EvaluationContext()))
                {
                    return invariant;
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Not evaluable here: not held against the sender.
            }
        }

        return null;
    }

    private static bool ElementContextAllows(ExtensionContextSet contexts, ExtensionHost host, ElementPath path, ValidationRun run)
    {
        var hostIsResource = !host.IsDataType && !host.Path.Contains('.', StringComparison.Ordinal);
        string? instancePath = null;
        foreach (var context in contexts.Elements)
        {
            if (context == "Element" || (context is "Resource" or "DomainResource" && hostIsResource)
                || (context == "BackboneElement" && !host.IsDataType && !hostIsResource)
                || context == host.Path || context == host.Path + ".extension" || context.EndsWith("." + host.Path, StringComparison.Ordinal))
            {
                return true;
            }

            if (host.IsDataType && context.Contains('(', StringComparison.Ordinal))
            {
                return true; // a FHIRPath declared as an element context: not judged
            }

            if (host.IsDataType && context.Contains('.', StringComparison.Ordinal))
            {
                // A data type's definition does not say which resource path holds it: name it from the expression.
                instancePath ??= ExtensionHostPath.Of(path.Expression, run.Scope?.Resource) ?? "";
                var contextPath = ExtensionHostPath.OnResourceType(context, instancePath);
                if (!ExtensionHostPath.CanJudge(contextPath, instancePath) || ExtensionHostPath.Matches(contextPath, instancePath))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool ExtensionContextAllows(ExtensionContextSet contexts, ExtensionHost host, ElementPath path, ValidationRun run)
    {
        if (contexts.Extensions.Count == 0)
        {
            return false;
        }

        var parentUrl = host.ParentExtensionUrl;
        if (parentUrl is null)
        {
            // On a complex extension (host is the Extension) or on an extension's value (host's parent is the Extension).
            var (hostElement, hostParent) = ExtensionHostPath.Host(path.Expression, run.Scope?.Resource);
            parentUrl = (hostElement as Extension)?.Url ?? (hostParent as Extension is { } owner && ReferenceEquals(owner.Value, hostElement) ? owner.Url : null);
        }

        return parentUrl is not null && contexts.Extensions.Contains(parentUrl);
    }

    /// <summary>True when a FHIRPath context, evaluated on the resource, selects the element that holds the extension
    /// (or cannot be evaluated: then it is not held against the sender).</summary>
    private static bool FhirPathContextAllows(ExtensionContextSet contexts, Extension extension, ValidationRun run)
    {
        foreach (var fhirPath in contexts.FhirPaths)
        {
            if (FhirPathSelects(fhirPath, extension, run))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FhirPathSelects(string fhirPath, Extension extension, ValidationRun run)
    {
        if (run.Scope?.Resource is not { } resource)
        {
            return true;
        }

        try
        {
            var context = run.EvaluationContext();
            var root = context.Resource ?? resource.ToPocoNode(ModelInfo.ModelInspector);
            foreach (var selected in FhirPathCache.Get(fhirPath)(root, context))
            {
                if (selected is PocoNode { Poco: var element } && Holds(element, extension))
                {
                    return true;
                }
            }

            return false;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return true;
        }
    }

    private static bool Holds(Base element, Extension extension) => element switch
    {
        DomainResource resource => resource.Extension.Contains(extension) || resource.ModifierExtension.Contains(extension),
        BackboneElement backbone => backbone.Extension.Contains(extension) || backbone.ModifierExtension.Contains(extension),
        BackboneType backboneType => backboneType.Extension.Contains(extension) || backboneType.ModifierExtension.Contains(extension),
        Element other => other.Extension.Contains(extension),
        _ => false,
    };
}
