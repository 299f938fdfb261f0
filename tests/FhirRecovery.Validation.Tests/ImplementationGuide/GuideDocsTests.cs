using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>The committed Markdown guide (docs/guide, written by profiles/tools/build-guide.mjs) covers what the
/// compiled package holds, so a fresh clone can be read without building.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class GuideDocsTests(ValidatorFixture fixture)
{
    private const string Canonical = "https://fhirrecovery.org.uk/fhir/";

    [Fact]
    public void ProfilePages_EveryProfileOfThePackage_HasAPageNamingItsInvariants()
    {
        var problems = new List<string>();
        foreach (var profile in fixture.Catalog.ResourcesOfType<StructureDefinition>("StructureDefinition")
            .Where(s => (s.Url ?? "").StartsWith(Canonical, StringComparison.Ordinal) && s.Type != "Extension"))
        {
            var page = Path.Combine(GuideExamples.GuideDirectory, "profiles", profile.Id + ".md");
            if (!File.Exists(page))
            {
                problems.Add($"{profile.Id}: no page");
                continue;
            }

            var text = File.ReadAllText(page);
            var keys = profile.Differential?.Element[0].Constraint.Select(c => c.Key ?? "") ?? [];
            problems.AddRange(keys.Where(k => !text.Contains(k, StringComparison.Ordinal)).Select(k => $"{profile.Id}: invariant {k} missing"));
        }

        Assert.True(problems.Count == 0, "Run `node tools/build-guide.mjs` in profiles/:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void CodeSystemPages_EveryLocalCodeSystem_ListsEveryCode()
    {
        var problems = new List<string>();
        foreach (var codeSystem in fixture.Catalog.ResourcesOfType<CodeSystem>("CodeSystem")
            .Where(c => (c.Url ?? "").StartsWith(Canonical, StringComparison.Ordinal)))
        {
            var page = Path.Combine(GuideExamples.GuideDirectory, "codesystems", codeSystem.Id + ".md");
            var text = File.Exists(page) ? File.ReadAllText(page) : "";
            problems.AddRange(codeSystem.Concept.Where(c => !text.Contains($"| `{c.Code}` |", StringComparison.Ordinal))
                .Select(c => $"{codeSystem.Id}: code {c.Code} missing"));
        }

        Assert.True(problems.Count == 0, "Run `node tools/build-guide.mjs` in profiles/:\n" + string.Join("\n", problems));
    }
}
