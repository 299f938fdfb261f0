using System.Text.Json;

namespace FhirRecovery.Cli.Tests;

public sealed class ValidateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Validate_ValidJsonPatient_ExitsZero()
    {
        var file = _folder.Write("patient.json", Samples.ValidPatientJson);

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"{file}: valid", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidXmlPatient_ExitsZero()
    {
        var file = _folder.Write("patient.xml", Samples.ValidPatientXml);

        var run = CliRun.Of("validate", file);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Validate_UnknownElement_ExitsOneAndNamesTheElement()
    {
        var file = _folder.Write("patient.json", Samples.PatientWithUnknownElement);

        var run = CliRun.Of("validate", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("INVALID", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("favouriteColour", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_JsonOutput_WritesOneObjectPerFile()
    {
        _folder.Write("a-valid.json", Samples.ValidPatientJson);
        _folder.Write("b-bad-date.json", Samples.PatientWithBadDate);
        _folder.Write("c-not-json.json", Samples.NotJson);

        var run = CliRun.Of("validate", "--output", "json", _folder.Path);

        Assert.Equal(1, run.ExitCode);
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.EndsWith("a-valid.json", lines[0].GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(lines[0].GetProperty("valid").GetBoolean());
        Assert.False(lines[1].GetProperty("valid").GetBoolean());
        Assert.False(lines[2].GetProperty("valid").GetBoolean());
        foreach (var line in lines)
        {
            Assert.Equal("OperationOutcome", line.GetProperty("outcome").GetProperty("resourceType").GetString());
        }

        var badDateIssue = lines[1].GetProperty("outcome").GetProperty("issue").EnumerateArray()
            .Single(i => i.GetProperty("severity").GetString() == "error");
        Assert.Contains("birthDate", badDateIssue.GetProperty("expression")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownProfile_ExitsTwo()
    {
        var file = _folder.Write("patient.json", Samples.ValidPatientJson);

        var run = CliRun.Of("validate", "--profile", "https://example.org/fhir/StructureDefinition/nothing-here", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing-here", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ProfileFromPackageFolder_AppliesIt()
    {
        var package = Path.Combine(_folder.Path, "ig");
        _folder.Write("ig/StructureDefinition-patient-with-birthdate.json", Samples.ProfileRequiringBirthDate);
        var without = _folder.Write("in/without.json", """{"resourceType":"Patient","id":"x"}""");
        var with = _folder.Write("in/with.json", """{"resourceType":"Patient","id":"y","birthDate":"1970-01-01"}""");
        const string profile = "https://example.org/fhir/StructureDefinition/patient-with-birthdate";

        var failing = CliRun.Of("validate", "--package", package, "--profile", profile, without);
        var passing = CliRun.Of("validate", "--package", package, "--profile", profile, with);

        Assert.Equal(1, failing.ExitCode);
        Assert.Contains("Patient.birthDate", failing.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, passing.ExitCode);
    }
}
