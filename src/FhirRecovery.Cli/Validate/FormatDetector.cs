using FhirRecovery.Validation;

namespace FhirRecovery.Cli.Validate;

/// <summary>Picks JSON or XML by file extension, and by the first significant byte when the extension says neither.</summary>
internal static class FormatDetector
{
    public static FhirFormat Detect(string path, ReadOnlySpan<byte> content)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return FhirFormat.Xml;
        }

        if (extension.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return FhirFormat.Json;
        }

        var start = content.StartsWith("\uFEFF"u8) ? content[3..] : content;
        var first = start.TrimStart(" \t\r\n"u8);
        return first.Length > 0 && first[0] == (byte)'<' ? FhirFormat.Xml : FhirFormat.Json;
    }
}
