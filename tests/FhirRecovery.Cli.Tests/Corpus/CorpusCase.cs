namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>One case of conformance/corpus/manifest.json: a resource file and the reference validator's verdict.</summary>
internal sealed record CorpusCase
{
    public required string Id { get; init; }

    /// <summary>Path of the resource, relative to the corpus folder.</summary>
    public required string File { get; init; }

    public required string Rule { get; init; }

    /// <summary>"valid" or "invalid": what the HL7 Java validator says.</summary>
    public required string Expected { get; init; }

    /// <summary>For invalid cases, the error the reference reports (where it is known).</summary>
    public CorpusFinding? Finding { get; init; }

    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>Folders relative to the corpus folder, each passed as --package.</summary>
    public IReadOnlyList<string> Packages { get; init; } = [];

    /// <summary>"high", or "low" when the reference verdict is not certain (never asserted).</summary>
    public string Confidence { get; init; } = "high";

    /// <summary>Why FhirRecovery's validator is known to answer differently; such cases are skipped.</summary>
    public string? KnownDisagreement { get; init; }

    public bool ExpectedValid => Expected == "valid";

    public bool IsAsserted => Confidence == "high" && KnownDisagreement is null;

    /// <summary>Cases validated together by one CLI run share their --profile and --package options.</summary>
    public string OptionsKey => string.Join('\u001f', Profiles) + '\u001e' + string.Join('\u001f', Packages);
}
