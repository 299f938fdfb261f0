using System.Text.Json;
using System.Xml;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// Reads the top-level identity of a conformance resource (type, url, version...) without building the
/// POCO, for folders that have no .index.json. Returns null for files that are not FHIR resources.
/// </summary>
internal static class ResourceScanner
{
    private static readonly string[] Wanted = ["resourceType", "id", "url", "version", "kind", "type", "derivation"];

    public static ResourceIndexData? Scan(LoadedFile file, ResourceFormat format) =>
        format == ResourceFormat.Json ? ScanJson(file) : ScanXml(file);

    private static ResourceIndexData? ScanJson(LoadedFile file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(file.Content, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                if (reader.TokenType == JsonTokenType.String && Array.IndexOf(Wanted, name) >= 0)
                {
                    values[name] = reader.GetString()!;
                }
                else
                {
                    reader.Skip();
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return Build(file.FileName, values);
    }

    private static ResourceIndexData? ScanXml(LoadedFile file)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var stream = new MemoryStream(file.Content);
            using var reader = XmlReader.Create(stream, settings);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.NamespaceURI != "http://hl7.org/fhir")
            {
                return null;
            }

            values["resourceType"] = reader.LocalName;
            var depth = reader.Depth;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.Depth == depth + 1
                    && Array.IndexOf(Wanted, reader.LocalName) >= 0 && reader.GetAttribute("value") is { } value)
                {
                    values[reader.LocalName] = value;
                }
            }
        }
        catch (XmlException)
        {
            return null;
        }

        return Build(file.FileName, values);
    }

    private static ResourceIndexData? Build(string fileName, Dictionary<string, string> values) =>
        values.TryGetValue("resourceType", out var resourceType)
            ? new ResourceIndexData(fileName, resourceType, values.GetValueOrDefault("id"), values.GetValueOrDefault("url"),
                values.GetValueOrDefault("version"), values.GetValueOrDefault("kind"), values.GetValueOrDefault("type"),
                values.GetValueOrDefault("derivation"))
            : null;
}
