using System.Text.RegularExpressions;
using FhirRecovery.Validation.Reading;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The value of a primitive matches the regex its type definition declares.</summary>
/// <param name="fastMatch">Says what <paramref name="regex"/> says, without the regex engine (<see cref="PrimitivePatterns"/>); null to run the regex.</param>
internal sealed class PrimitiveFormatCheck(string typeName, Regex? regex, PrimitiveValueKind kind, Func<string, bool>? fastMatch = null) : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not PrimitiveType { JsonValue: { } raw })
        {
            return;
        }

        // Booleans and numbers must arrive typed ("active": true, not "true"); the reader keeps a mistyped
        // value as text so that it can be reported here.
        if (kind != PrimitiveValueKind.Text)
        {
            CheckTyped(raw, path, run);
            return;
        }

        if (raw is not string text)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path, $"A '{typeName}' must be a JSON string, not {raw.GetType().Name}.");
            return;
        }

        if (typeName is "uri" or "url" or "canonical" && UriRules.Problem(typeName, text) is { } problem)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path, problem);
            return;
        }

        if (regex is null)
        {
            return;
        }

        bool matches;
        try
        {
            matches = fastMatch?.Invoke(text) ?? regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path, $"The value could not be checked against the format of '{typeName}' in time.");
            return;
        }

        // The regex accepts any day 01-31 in any month; the reference validator rejects days that do not exist.
        if (matches && typeName is "date" or "dateTime" or "instant" && text.Length >= 10
            && !DateOnly.TryParseExact(text.AsSpan(0, 10), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path, $"The value '{Shorten(text)}' is not a valid '{typeName}': that day does not exist.");
            return;
        }

        if (!matches)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path,
                text.Length == 0 ? $"The value is an empty string, which is not a valid '{typeName}' (leave the element out instead)."
                    : $"The value '{Shorten(text)}' is not a valid '{typeName}'.");
        }
    }

    private void CheckTyped(object raw, ElementPath path, ValidationRun run)
    {
        var ok = (kind, raw) switch
        {
            (PrimitiveValueKind.Boolean, bool) => true,
            (PrimitiveValueKind.Integer, int or long) => true,
            (PrimitiveValueKind.PositiveInteger, int i) => i >= 1,
            (PrimitiveValueKind.UnsignedInteger, int i) => i >= 0,
            (PrimitiveValueKind.Decimal, decimal or int or long or double) => true,
            _ => false,
        };
        if (!ok)
        {
            var shown = raw is string s ? $"'{Shorten(s)}'" : Convert.ToString(raw, System.Globalization.CultureInfo.InvariantCulture);
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, path, raw is string
                ? $"The value {shown} is not a valid '{typeName}' (in JSON it must be a {(kind == PrimitiveValueKind.Boolean ? "boolean" : "number")}, not a string)."
                : $"The value {shown} is not a valid '{typeName}'.");
        }
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
