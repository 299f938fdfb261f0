using System.Xml;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// The URLs of a narrative's links (a/@href) and images (img/@src) may hold only the characters the HL7 Java
/// validator allows (letters, digits and ;?:@&amp;=+$.,/%-_~#[]!'()*|): "URL contains invalid characters". data: URLs
/// are left alone (their content rules are not checked here). Malformed XHTML is reported by txt-1, not here.
/// </summary>
internal sealed class NarrativeLinkCheck : IElementCheck
{
    private static readonly System.Buffers.SearchValues<char> Allowed = System.Buffers.SearchValues.Create(";?:@&=+$.,/%-_~#[]!'()*|");

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
    };

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not PrimitiveType { JsonValue: string xhtml } || !xhtml.Contains("href", StringComparison.Ordinal) && !xhtml.Contains("src", StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            using var reader = XmlReader.Create(new StringReader(xhtml), Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                var url = reader.LocalName switch
                {
                    "a" => reader.GetAttribute("href"),
                    "img" => reader.GetAttribute("src"),
                    _ => null,
                };
                if (url is not null && !url.StartsWith("data:", StringComparison.Ordinal) && InvalidCharacters(url) is { Length: > 0 } invalid)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Value, path,
                        $"The URL '{url}' in the narrative ({reader.LocalName}) contains invalid characters ({invalid}).");
                }
            }
        }
        catch (XmlException)
        {
            // Not well-formed: txt-1 and the reader report it.
        }
    }

    private static string InvalidCharacters(string url)
    {
        var invalid = new SortedSet<char>();
        foreach (var c in url)
        {
            if (!char.IsLetterOrDigit(c) && !Allowed.Contains(c))
            {
                invalid.Add(c);
            }
        }

        return string.Join(",", invalid.Select(c => $"'{c}'"));
    }
}
