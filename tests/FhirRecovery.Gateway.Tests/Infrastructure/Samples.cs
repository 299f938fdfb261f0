namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>Test resources. Synthetic people only.</summary>
public static class Samples
{
    public const string ValidPatientJson =
        """{"resourceType":"Patient","id":"p1","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">Alex Example</div>"},"name":[{"family":"Example","given":["Alex"]}],"gender":"female","birthDate":"1980-02-29"}""";

    public const string ValidPatientXml =
        """<Patient xmlns="http://hl7.org/fhir"><id value="p1"/><text><status value="generated"/><div xmlns="http://www.w3.org/1999/xhtml">Alex Example</div></text><name><family value="Example"/></name><gender value="female"/><birthDate value="1980-02-29"/></Patient>""";

    /// <summary>An unknown element and a date that is not a date.</summary>
    public const string InvalidPatientJson =
        """{"resourceType":"Patient","id":"p1","favouriteColour":"blue","birthDate":"29/02/1980"}""";

    /// <summary>Two values where R4 allows one (active is 0..1), and a link without its required other (1..1).</summary>
    public const string PatientWithBadCardinalityJson =
        """{"resourceType":"Patient","active":[true,false],"link":[{"type":"seealso"}]}""";

    /// <summary>Two subjects where R4 allows one.</summary>
    public const string ObservationWithTwoSubjectsJson =
        """{"resourceType":"Observation","status":"final","code":{"text":"weight"},"subject":[{"reference":"Patient/1"},{"reference":"Patient/2"}]}""";

    public const string ValidObservationJson =
        """{"resourceType":"Observation","status":"final","code":{"text":"weight"},"subject":{"reference":"Patient/1"}}""";

    public static string ParametersJson(string resourceJson, string? profile) =>
        $$"""{"resourceType":"Parameters","parameter":[{"name":"resource","resource":{{resourceJson}}}{{(profile is null ? string.Empty : $$""",{"name":"profile","valueCanonical":"{{profile}}"}""")}}]}""";

    public static string ParametersXml(string resourceXml, string? profile) =>
        $"""<Parameters xmlns="http://hl7.org/fhir"><parameter><name value="resource"/><resource>{resourceXml}</resource></parameter>{(profile is null ? string.Empty : $"""<parameter><name value="profile"/><valueUri value="{profile}"/></parameter>""")}</Parameters>""";
}
