namespace FhirRecovery.Cli.Tests;

public sealed class ValidateArgumentsTests
{
    [Fact]
    public void Run_NoArguments_ExitsWithUsage()
    {
        var run = CliRun.Of();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("usage: fhir-recovery", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("validate")]
    [InlineData("validate", "--output", "xml", "x.json")]
    [InlineData("validate", "--profile")]
    [InlineData("validate", "--colour", "red", "x.json")]
    public void Run_BadUsage_ExitsTwo(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("fhir-recovery:", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void Run_MissingFile_ExitsTwoAndNamesIt()
    {
        var run = CliRun.Of("validate", "/no/such/file.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("/no/such/file.json", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EqualsAndRepeatedOptions_CollectsAll()
    {
        var parsed = Validate.ValidateArguments.Parse(
            ["--profile=a", "--profile", "b", "--package", "p1", "--package=p2", "--output=json", "f1", "--", "--f2"], out var error);

        Assert.Null(error);
        Assert.NotNull(parsed);
        Assert.Equal(["a", "b"], parsed.Profiles);
        Assert.Equal(["p1", "p2"], parsed.Packages);
        Assert.Equal(Validate.OutputFormat.Json, parsed.Output);
        Assert.Equal(["f1", "--f2"], parsed.Inputs);
    }
}
