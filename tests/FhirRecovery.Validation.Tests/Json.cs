using System.Text;

namespace FhirRecovery.Validation.Tests;

internal static class Json
{
    public static ValidationResult Validate(this FhirValidator validator, string json, params string[] profiles) =>
        validator.Validate(Encoding.UTF8.GetBytes(json), FhirFormat.Json, new ValidationRequest(profiles));

    public static ValidationResult ValidateXml(this FhirValidator validator, string xml) =>
        validator.Validate(Encoding.UTF8.GetBytes(xml), FhirFormat.Xml, ValidationRequest.Base);
}
