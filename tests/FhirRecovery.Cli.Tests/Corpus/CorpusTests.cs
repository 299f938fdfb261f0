namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>The validator corpus (conformance/corpus): every case run through <c>validate --output json</c> and compared
/// with the HL7 Java validator's verdict. See conformance/corpus/README.md.</summary>
public sealed class CorpusTests
{
    private const string KnownDisagreementSkip =
        "Known disagreement with the reference validator (reason in the second argument and in conformance/corpus/manifest.json)";

    private static readonly string[] s_verdicts = ["valid", "invalid"];
    private static readonly string[] s_confidences = ["high", "low"];

    // A batch of files exits 1 when any file is invalid, so a valid file may share a run that exits 1.
    private static readonly Dictionary<bool, int[]> s_exitCodes = new() { [true] = [0, 1], [false] = [1] };

    public static TheoryData<string> AssertedCases => Ids(c => c.IsAsserted);

    public static TheoryData<string> LowConfidenceCases => Ids(c => c.Confidence != "high" && c.KnownDisagreement is null);

    public static TheoryData<string, string> KnownDisagreements
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var c in CorpusManifest.Cases.Where(c => c.KnownDisagreement is not null))
            {
                data.Add(c.Id, c.KnownDisagreement!);
            }

            if (data.Count == 0)
            {
                // xunit fails a theory without data; with no known disagreement left, one skipped row says so.
                data.Add("(none)", "no known disagreement: every high-confidence case agrees");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(AssertedCases))]
    public void Validate_CorpusCase_AgreesWithReferenceVerdict(string id)
    {
        var corpusCase = CorpusManifest.Get(id);

        var result = CorpusRunner.Run(corpusCase);

        var disagreement = CorpusVerdict.Disagreement(corpusCase, result);
        Assert.True(disagreement is null,
            $"{id} ({corpusCase.Rule}): {disagreement}{Environment.NewLine}{result.Describe()}");
    }

    // The reference verdict is uncertain, so only the contract is asserted: one JSON line per file, exit code consistent with it.
    [Theory]
    [MemberData(nameof(LowConfidenceCases))]
    public void Validate_LowConfidenceCase_AnswersTheContract(string id)
    {
        var result = CorpusRunner.Run(CorpusManifest.Get(id));

        Assert.True(result.Line is not null, result.Failure);
        Assert.Contains(result.ExitCode, s_exitCodes[result.Valid]);
    }

    [Theory]
    [MemberData(nameof(KnownDisagreements), Skip = KnownDisagreementSkip)]
    public void Validate_KnownDisagreement_IsSkipped(string id, string reason)
    {
        Assert.Fail($"{id} is skipped: {reason}");
    }

    [Fact]
    public void Manifest_EveryCase_HasAResourceFileAVerdictAndAUniqueId()
    {
        var cases = CorpusManifest.Cases;

        Assert.True(cases.Count >= 150, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(cases, c =>
        {
            Assert.True(File.Exists(CorpusManifest.PathOf(c.File)), c.File);
            Assert.Contains(c.Expected, s_verdicts);
            Assert.Contains(c.Confidence, s_confidences);
            Assert.All(c.Packages, p => Assert.True(Directory.Exists(CorpusManifest.PathOf(p)), p));
        });
    }

    private static TheoryData<string> Ids(Func<CorpusCase, bool> predicate)
    {
        var data = new TheoryData<string>();
        foreach (var c in CorpusManifest.Cases.Where(predicate))
        {
            data.Add(c.Id);
        }

        return data;
    }
}
