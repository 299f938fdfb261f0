using System.Text.Json;
using System.Text.Json.Serialization;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>The implementation guide's examples as committed under profiles/examples: valid examples with the
/// profile each claims, and counter-examples with the issue each must raise (see profiles/tools/build-examples.mjs).</summary>
internal static class GuideExamples
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<string> ExamplesDirectory = new(FindExamplesDirectory);

    /// <summary>The generated Markdown guide (docs/guide), beside profiles/ in the source tree.</summary>
    public static string GuideDirectory => Path.GetFullPath(Path.Combine(ExamplesDirectory.Value, "..", "..", "docs", "guide"));

    public static string ValidDirectory => Path.Combine(ExamplesDirectory.Value, "valid");

    public static string InvalidDirectory => Path.Combine(ExamplesDirectory.Value, "invalid");

    public static IReadOnlyList<ValidExample> Valid { get; } = Read<ValidExample>(Path.Combine(ValidDirectory, "manifest.json"));

    public static IReadOnlyList<CounterExample> Invalid { get; } = Read<CounterExample>(Path.Combine(InvalidDirectory, "manifest.json"));

    private static List<T> Read<T>(string manifest) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(manifest), Options)
        ?? throw new InvalidOperationException($"{manifest} is empty.");

    // The examples live in the source tree (profiles/examples), not in the build output: walk up from the test binaries.
    private static string FindExamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "profiles", "examples");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"profiles/examples not found above {AppContext.BaseDirectory}.");
    }
}

internal sealed record ValidExample(string File, string? Profile, string Title);

internal sealed record CounterExample(string File, string Profile, string Rule, ExpectedIssue Expected, bool AwaitsValidator);

internal sealed record ExpectedIssue(
    [property: JsonPropertyName("severity")] string Severity,
    [property: JsonPropertyName("expression")] string Expression,
    [property: JsonPropertyName("message")] string Message);
