using System.Text;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>FHIR XML is UTF-8. .NET reads UTF-16 (by its byte order mark) and any declared encoding without complaint;
/// the reference validator rejects both ("The XML encoding is invalid (must be UTF-8)"). A UTF-8 byte order mark and
/// a missing declaration are fine.</summary>
internal static class XmlEncodingCheck
{
    public static Finding? Check(ReadOnlySpan<byte> body, string resourceType)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || (body.Length > 1 && (body[0] == 0 || body[1] == 0)))
        {
            return Invalid(resourceType, "UTF-16");
        }

        var start = body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var rest = body[start..];
        if (!rest.StartsWith("<?xml"u8))
        {
            return null;
        }

        var end = rest.IndexOf("?>"u8);
        var declaration = Encoding.ASCII.GetString(end > 0 ? rest[..end] : rest[..Math.Min(rest.Length, 200)]);
        var at = declaration.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var quote = declaration.IndexOfAny(['"', '\''], at);
        var close = quote < 0 ? -1 : declaration.IndexOf(declaration[quote], quote + 1);
        var encoding = close < 0 ? "" : declaration[(quote + 1)..close];
        return encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) ? null : Invalid(resourceType, encoding);
    }

    private static Finding Invalid(string resourceType, string encoding) =>
        new(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Structure,
            $"The XML encoding is invalid (must be UTF-8, found '{encoding}').", resourceType);
}
