using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Whether an extension's contexts allow the element it sits on, as the Java validator judges them: an element
/// context names the host's path or type ("Element", "Resource" and "DomainResource" allow anything of that
/// kind); a FHIRPath context is evaluated on the resource and allows the elements it selects; an extension context
/// allows the extension inside an extension with that url. What cannot be known (a data type reached from a path
/// we cannot name, a FHIRPath that fails, a parent extension we did not compile) is allowed: never a false error.
/// </summary>
internal static class ExtensionContextMatcher
{
    public static bool Allows(CompiledStructure structure, Extension extension, ExtensionHost host, string expression, ValidationRun run)
    {
        var contexts = structure.Contexts;
        if (contexts.IsEmpty)
        {
            return true;
        }

        string? instancePath = null;
        foreach (var context in contexts.Elements)
        {
            if (context is "Element" or "Resource" or "DomainResource" || context == host.Path
                || context == host.Path + ".extension" || context.EndsWith("." + host.Path, StringComparison.Ordinal))
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
                instancePath ??= ExtensionHostPath.Of(expression, run.Scope?.Resource) ?? "";
                if (!ExtensionHostPath.CanJudge(context, instancePath) || ExtensionHostPath.Matches(context, instancePath))
                {
                    return true;
                }
            }
        }

        foreach (var url in contexts.Extensions)
        {
            if (host.Path == "Extension" && (host.ParentExtensionUrl is null || host.ParentExtensionUrl == url))
            {
                return true;
            }
        }

        foreach (var fhirPath in contexts.FhirPaths)
        {
            if (FhirPathSelects(fhirPath, extension, run))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the FHIRPath, evaluated on the resource, selects the element that holds the extension
    /// (or cannot be evaluated: then it is not held against the sender).</summary>
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
