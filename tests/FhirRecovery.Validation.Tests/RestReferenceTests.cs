using System.Text.RegularExpressions;
using FhirRecovery.Validation.Running;

namespace FhirRecovery.Validation.Tests;

/// <summary>The hand-written RESTful reference matcher against the regex it replaced, on references built to hit
/// its edges (bases with slashes and spaces, type and id lengths, _history, other schemes).</summary>
public sealed partial class RestReferenceTests
{
    private static List<string> References()
    {
        var data = new List<string>();
        string[] bases = ["", "http://x/", "https://x/", "https://fhir.example.org/r4/", "http:///", "https://a b/", "https://x//", "http://x/fhir/Patient/",
            "ftp://x/", "https://", "Https://x/", "https://x/Patient/1/", "http://\tx/"];
        string[] types = ["Patient", "P", "PatientX", "patient", "Pa1", "Observation", "A"];
        string[] ids = ["1", "abc-DEF.9", new string('a', 64), new string('a', 65), "", "a b", "a_b", "x/y"];
        string[] tails = ["", "/_history/2", "/_history/", "/_history/" + new string('v', 65), "/_history/v/x", "/", "?x=1", " "];
        foreach (var b in bases)
        {
            foreach (var t in types)
            {
                foreach (var i in ids)
                {
                    foreach (var tail in tails)
                    {
                        data.Add(b + t + "/" + i + tail);
                    }
                }
            }
        }

        data.Add("");
        data.Add("Patient");
        data.Add("https://x/Patient/1/Patient/2");
        data.Add("https://x/Patient/1/_history/2/Patient/3");
        return data;
    }

    // One fact over some 5,800 references (a theory would list each as a test).
    [Fact]
    public void TryMatch_AnyReference_AgreesWithTheRegex()
    {
        var references = References();
        var disagreements = new List<string>();
        foreach (var reference in references)
        {
            var expected = RestPattern().Match(reference);
            var matched = RestReference.TryMatch(reference, out var actual);
            if (expected.Success != matched || (matched && (expected.Groups["base"].Success != actual.HasBase
                || expected.Groups["type"].Value != actual.Type || expected.Groups["id"].Value != actual.Id)))
            {
                disagreements.Add(reference);
            }
        }

        Assert.True(references.Count > 5000);
        Assert.Empty(disagreements);
    }

    [GeneratedRegex(@"^(?<base>https?://[^\s]+?/)?(?<type>[A-Z][A-Za-z]+)/(?<id>[A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex RestPattern();
}
