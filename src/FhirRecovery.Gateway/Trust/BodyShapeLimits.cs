using System.Text.Json;
using System.Xml;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Counts a body's elements and measures its strings without building it, so a body that is small in bytes but
/// huge in shape (millions of tiny values) or holds one enormous string is refused before any parser builds it.</summary>
internal static class BodyShapeLimits
{
    /// <summary>Null when the body is within the limits (or is not JSON or XML); otherwise why not.</summary>
    public static string? Check(ReadOnlySpan<byte> body, bool xml, int maxElements, int maxStringLength) =>
        xml ? CheckXml(body.ToArray(), maxElements, maxStringLength) : CheckJson(body, maxElements, maxStringLength);

    private static string? CheckJson(ReadOnlySpan<byte> body, int maxElements, int maxStringLength)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 1024, CommentHandling = JsonCommentHandling.Skip });
        var count = 0;
        try
        {
            while (reader.Read())
            {
                if (++count > maxElements)
                {
                    return $"The body holds more than {maxElements} JSON values.";
                }

                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && (reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length) > maxStringLength)
                {
                    return $"The body holds a string longer than {maxStringLength} characters.";
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is the parser's to report, with its own precise message.
            return null;
        }

        return null;
    }

    private static string? CheckXml(byte[] body, int maxElements, int maxStringLength)
    {
        var count = 0;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), Validation.SecureXml.ReaderSettings());
            while (reader.Read())
            {
                count += 1 + reader.AttributeCount;
                if (count > maxElements)
                {
                    return $"The body holds more than {maxElements} XML elements and attributes.";
                }

                if (reader.HasValue && reader.Value.Length > maxStringLength)
                {
                    return $"The body holds a text longer than {maxStringLength} characters.";
                }

                for (var i = 0; i < reader.AttributeCount; i++)
                {
                    if (reader.GetAttribute(i).Length > maxStringLength)
                    {
                        return $"The body holds an attribute value longer than {maxStringLength} characters.";
                    }
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return null;
    }
}
