namespace FhirRecovery.Validation.Reading;

/// <summary>Checks on the raw bytes of an XML body that the SDK's reader cannot make (it decodes any encoding and
/// parses numbers to values): the encoding, and the lexical form of decimals and integers.</summary>
internal static class XmlRawChecks
{
    public static ReadResult Check(ReadResult read, ReadOnlySpan<byte> body)
    {
        if (read.IsUnreadable || read.Resource is null)
        {
            return read;
        }

        if (XmlEncodingCheck.Check(body, read.Resource.TypeName) is { } encoding)
        {
            read = read with { Findings = [.. read.Findings, encoding] };
        }

        return XmlNumberForms.Check(read, body);
    }
}
