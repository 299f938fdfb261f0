using System.Collections.Frozen;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// A Reference's literal reference has a valid form; a "#id" finds its contained resource; a target found
/// in the same Bundle (by dictionary) or contained has an allowed type and, when the element names profiles,
/// conforms to one of them. Targets outside the instance are not fetched.
/// </summary>
internal sealed class ReferenceCheck(string elementPath, FrozenSet<string> targetTypes, IReadOnlyList<string> targetProfiles) : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not ResourceReference resourceReference)
        {
            return;
        }

        if (resourceReference.Reference is not { } reference)
        {
            // A logical reference (identifier only) may still say its type, which must be an allowed target.
            if (resourceReference.Type is { } logicalType && targetTypes.Count > 0)
            {
                var typeName = logicalType.StartsWith("http://hl7.org/fhir/StructureDefinition/", StringComparison.Ordinal) ? logicalType[40..] : logicalType;
                if (!targetTypes.Contains(typeName))
                {
                    run.Findings.Error(OperationOutcome.IssueType.Structure, path.Append(".type"),
                        $"{elementPath} may refer to {string.Join(", ", targetTypes.Order(StringComparer.Ordinal))}, not {typeName}.");
                }
            }

            return;
        }

        var parts = ReferenceParts.Parse(reference);
        if (parts.Kind == ReferenceKind.Invalid)
        {
            run.Findings.Error(OperationOutcome.IssueType.Value, path.Append(".reference"),
                $"'{reference}' is not a valid reference: use Type/id, an absolute URL, urn:uuid:, urn:oid: or #id for a contained resource.");
            return;
        }

        if (resourceReference.Type is { } declaredType && parts.ResourceType is { } literalType && declaredType != literalType
            && !declaredType.EndsWith("/" + literalType, StringComparison.Ordinal))
        {
            run.Findings.Error(OperationOutcome.IssueType.Value, path, $"Reference.type '{declaredType}' does not match the reference '{reference}'.");
        }

        var target = Resolve(parts, reference, path, run);
        var type = target?.TypeName ?? parts.ResourceType;
        if (type is not null && targetTypes.Count > 0 && !targetTypes.Contains(type))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path.Append(".reference"),
                $"{elementPath} may refer to {string.Join(", ", targetTypes.Order(StringComparer.Ordinal))}, not {type}.");
            return;
        }

        if (target is not null && targetProfiles.Count > 0)
        {
            CheckTargetProfiles(target, path, run);
        }
    }

    private static Resource? Resolve(ReferenceParts parts, string reference, ElementPath path, ValidationRun run)
    {
        var found = ReferenceResolver.Resolve(reference, run.Scope);
        if (found is null && parts.Kind == ReferenceKind.Contained && run.Scope is not null)
        {
            run.Findings.Error(OperationOutcome.IssueType.NotFound, path.Append(".reference"), $"'{reference}' refers to a contained resource that is not there.");
        }
        else if (found is null && parts.Kind is ReferenceKind.Relative or ReferenceKind.Urn
            && run.Scope is { Bundle: { } bundle, FullUrl: not null } && CodeText.BundleType(bundle.Bundle) == "document")
        {
            // A document is a self-contained whole: what its entries refer to travels with it (the HL7 Java validator:
            // "Can't find '...' in the bundle", an error).
            run.Findings.Error(OperationOutcome.IssueType.NotFound, path.Append(".reference"), $"Can't find '{reference}' in the document Bundle: a document carries every resource it refers to.");
        }

        return found;
    }

    private void CheckTargetProfiles(Resource target, ElementPath path, ValidationRun run)
    {
        if (run.ResourceDepth > 4)
        {
            return; // a chain of references is checked a few levels deep, not forever
        }

        foreach (var profile in targetProfiles)
        {
            if (ResourceValidator.Conforms(target, profile, run))
            {
                return;
            }
        }

        run.Findings.Error(OperationOutcome.IssueType.Structure, path.Append(".reference"),
            $"The {target.TypeName} referred to does not conform to {(targetProfiles.Count == 1 ? "the profile" : "any of the profiles")} {string.Join(", ", targetProfiles)} required by {elementPath}.");
    }
}
