using System.Text.RegularExpressions;
using FhirRecovery.Validation.Reading;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The value of a primitive matches the regex its type definition declares.</summary>
internal sealed class PrimitiveFormatCheck(string typeName, Regex regex) : IElementCheck
{
    public void Check(Base value, string expression, ValidationRun run)
    {
        // Only textual values are checked: typed values (bool, int, decimal) were validated when read.
        if (value is not PrimitiveType { JsonValue: string text })
        {
            return;
        }

        bool matches;
        try
        {
            matches = regex.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, expression, $"The value could not be checked against the format of '{typeName}' in time.");
            return;
        }

        if (!matches)
        {
            run.Findings.Error(ReaderIssueCodes.PrimitiveFormat, expression,
                text.Length == 0 ? $"The value is an empty string, which is not a valid '{typeName}' (leave the element out instead)."
                    : $"The value '{Shorten(text)}' is not a valid '{typeName}'.");
        }
    }

    private static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
