using System.Text.RegularExpressions;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Routing.Tests.ServiceDirectory;

public sealed partial class RecoveryServiceTypesTests
{
    [Fact]
    public void All_MatchesTheCodeSystemInTheImplementationGuide()
    {
        var fsh = File.ReadAllText(Path.Combine(RepositoryRoot(), "profiles", "input", "fsh", "TerminologyServices.fsh"));
        var block = CodeSystemBlock().Match(fsh);
        Assert.True(block.Success, "CodeSystem RecoveryServiceType not found in TerminologyServices.fsh");

        var codes = ConceptCode().Matches(block.Value).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(codes.Order(), RecoveryServiceTypes.All.Order());
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FhirRecovery.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("FhirRecovery.sln not found above the test output folder.");
    }

    [GeneratedRegex(@"CodeSystem: RecoveryServiceType\b.*?(?=\n(CodeSystem|ValueSet|Profile|Extension|Instance):|\z)", RegexOptions.Singleline)]
    private static partial Regex CodeSystemBlock();

    [GeneratedRegex(@"^\* #([a-z0-9-]+)", RegexOptions.Multiline)]
    private static partial Regex ConceptCode();
}
