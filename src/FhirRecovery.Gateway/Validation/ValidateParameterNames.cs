namespace FhirRecovery.Gateway.Validation;

/// <summary>The names of the $validate parameters the gateway reads (http://hl7.org/fhir/OperationDefinition/Resource-validate).</summary>
internal static class ValidateParameterNames
{
    public const string Resource = "resource";
    public const string Profile = "profile";

    /// <summary>The R4 definition types <c>profile</c> as uri; clients also send canonical or string.</summary>
    public static readonly string[] ProfileValueTypes = ["valueUri", "valueCanonical", "valueString"];
}
