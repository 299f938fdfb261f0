using System.Text;

namespace FhirRecovery.Validation.Tests;

internal static class Json
{
    public static ValidationResult Validate(this FhirValidator validator, string json, params string[] profiles) =>
        validator.Validate(Encoding.UTF8.GetBytes(json), FhirFormat.Json, new ValidationRequest(profiles));

    /// <summary>Validated as the CLI does: with the HL7 Java validator's rules for unresolved definitions.</summary>
    public static ValidationResult ValidateWithReferenceRules(this FhirValidator validator, string json) =>
        validator.Validate(Encoding.UTF8.GetBytes(json), FhirFormat.Json,
            ValidationRequest.Base with { UnresolvedDefinitions = UnresolvedDefinitionRules.ReferenceValidator });

    public static ValidationResult ValidateXml(this FhirValidator validator, string xml) =>
        validator.Validate(Encoding.UTF8.GetBytes(xml), FhirFormat.Xml, ValidationRequest.Base);
}
