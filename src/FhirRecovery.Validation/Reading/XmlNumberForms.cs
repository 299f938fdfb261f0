using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// The SDK's XML reader parses decimals and integers to numbers and loses their text, so '00.1', '01' or '.5'
/// (which .NET accepts but the R4 regexes forbid, as the reference validator does) arrive as valid numbers. This
/// pass checks the lexical form on the raw XML: a cheap byte scan first finds whether any value attribute looks like
/// such a number at all (almost never), and only then an XmlReader pass follows the element names through the
/// SDK's class mappings to learn whether the attribute belongs to a decimal or integer element, and where.
/// </summary>
internal static partial class XmlNumberForms
{
    private static readonly byte[] ValueAttribute = "value="u8.ToArray();

    public static ReadResult Check(ReadResult read, ReadOnlySpan<byte> body)
    {
        if (read.IsUnreadable || read.Resource is null || !HasSuspectValue(body))
        {
            return read;
        }

        var findings = new List<Finding>();
        using (var stream = new MemoryStream(body.ToArray()))
        using (var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true }))
        {
            try
            {
                Scan(reader, findings, read.Findings);
            }
            catch (XmlException)
            {
                return read; // the reader has judged the body already
            }
        }

        return findings.Count == 0 ? read : read with { Findings = [.. read.Findings, .. findings] };
    }

    /// <summary>True when some value="..." holds a number-like text that the R4 decimal regex rejects.</summary>
    private static bool HasSuspectValue(ReadOnlySpan<byte> body)
    {
        for (var at = body.IndexOf(ValueAttribute); at >= 0; at = Next(body, at))
        {
            var rest = body[(at + ValueAttribute.Length)..];
            if (rest.Length < 2 || rest[0] is not ((byte)'"' or (byte)'\''))
            {
                continue;
            }

            var end = rest[1..].IndexOf(rest[0]);
            if (end > 0 && end <= 40 && IsSuspect(Encoding.ASCII.GetString(rest.Slice(1, end))))
            {
                return true;
            }
        }

        return false;
    }

    private static int Next(ReadOnlySpan<byte> body, int at)
    {
        var next = body[(at + 1)..].IndexOf(ValueAttribute);
        return next < 0 ? -1 : at + 1 + next;
    }

    private static bool IsSuspect(string text) => NumberLike().IsMatch(text) && !Decimal().IsMatch(text);

    private static void Scan(XmlReader reader, List<Finding> findings, IReadOnlyList<Finding> existing)
    {
        var frames = new Stack<XmlFrame>();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                frames.TryPop(out _);
                continue;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            var frame = frames.Count == 0 ? XmlFrame.Root(reader.LocalName) : frames.Peek().Child(reader.LocalName);
            if (frame.Type?.Name is { } typeName && reader.GetAttribute("value") is { } text && IsSuspect(text)
                && Problem(typeName, text) is { } message && !existing.Any(f => f.Expression == frame.Expression))
            {
                findings.Add(new Finding(OperationOutcome.IssueSeverity.Error, ReaderIssueCodes.PrimitiveFormat, message, frame.Expression));
            }

            if (!reader.IsEmptyElement)
            {
                frames.Push(frame);
            }
        }
    }

    private static string? Problem(string typeName, string text)
    {
        var regex = typeName switch
        {
            "decimal" => Decimal(),
            "integer" => Integer(),
            "positiveInt" => PositiveInt(),
            "unsignedInt" => UnsignedInt(),
            _ => null,
        };
        return regex is null || regex.IsMatch(text) ? null : $"The value '{text}' is not a valid '{typeName}'.";
    }

    [GeneratedRegex(@"^\s*[-+]?[0-9.]*[0-9][0-9.]*([eE][-+]?[0-9]+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLike();

    // The R4 type definitions' regexes (decimal, integer, positiveInt, unsignedInt).
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Decimal();

    [GeneratedRegex(@"^-?([0]|([1-9][0-9]*))$", RegexOptions.CultureInvariant)]
    private static partial Regex Integer();

    [GeneratedRegex(@"^\+?[1-9][0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositiveInt();

    [GeneratedRegex(@"^([0]|([1-9][0-9]*))$", RegexOptions.CultureInvariant)]
    private static partial Regex UnsignedInt();
}
