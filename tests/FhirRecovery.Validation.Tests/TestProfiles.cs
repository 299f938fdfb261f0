namespace FhirRecovery.Validation.Tests;

/// <summary>Canonical URLs of the definitions in TestDefinitions/.</summary>
internal static class TestProfiles
{
    public const string Observation = "http://test.fhirrecovery.org.uk/StructureDefinition/test-observation";
    public const string Colours = "http://test.fhirrecovery.org.uk/CodeSystem/test-colours";

    /// <summary>An Observation meeting the test profile, with one placeholder (EXTRA) for more elements.</summary>
    public const string ValidObservation = """
        {"resourceType":"Observation","status":"final",
         "code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body weight"}],"text":"Weight"},"effectiveDateTime":"2026-01-01",
         "valueQuantity":{"value":70,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}EXTRA}
        """;

    public static string ObservationWith(string extra) => ValidObservation.Replace("EXTRA", extra, StringComparison.Ordinal);
}
