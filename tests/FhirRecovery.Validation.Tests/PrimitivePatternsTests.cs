using System.Text.RegularExpressions;
using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Tests;

/// <summary>The hand-written primitive formats against the regexes they stand for (anchored as the compiler
/// anchors them), on every string of up to three characters over an alphabet of edge characters.</summary>
public sealed class PrimitivePatternsTests
{
    private static readonly char[] Alphabet =
        ['a', 'Z', '0', '-', '.', '_', ' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00A0', '\u2028', '\u3000', '\uD800', 'é'];

    [Theory]
    [InlineData("[\\s\\S]+")]
    [InlineData("[^\\s]+(\\s[^\\s]+)*")]
    [InlineData("[A-Za-z0-9\\-\\.]{1,64}")]
    [InlineData("\\S*")]
    public void For_KnownPattern_AgreesWithTheRegex(string pattern)
    {
        var fast = PrimitivePatterns.For(pattern);
        Assert.NotNull(fast);
        var regex = new Regex("^(?:" + pattern + ")\\z", RegexOptions.CultureInvariant);
        var disagreements = Texts().Where(text => fast(text) != regex.IsMatch(text)).Take(5).ToList();
        Assert.Empty(disagreements);
    }

    [Fact]
    public void For_OtherPattern_NullSoTheRegexRuns()
    {
        Assert.Null(PrimitivePatterns.For("([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)"));
    }

    private static IEnumerable<string> Texts()
    {
        yield return "";
        foreach (var a in Alphabet)
        {
            yield return a.ToString();
            foreach (var b in Alphabet)
            {
                yield return string.Concat(a, b);
                foreach (var c in Alphabet)
                {
                    yield return string.Concat(a, b, c);
                }
            }
        }

        foreach (var length in new[] { 63, 64, 65 })
        {
            yield return new string('a', length);
            yield return new string('a', length - 1) + " ";
        }

        yield return "a b  c";
        yield return "urn:uuid:5b9f2a0e-4d7c-4a55-9a44-2f1f8d1a7c11";
    }
}
