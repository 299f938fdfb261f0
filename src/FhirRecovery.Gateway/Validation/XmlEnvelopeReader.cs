using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace FhirRecovery.Gateway.Validation;

/// <summary>Reads the envelope of an XML <c>$validate</c> body: well-formed XML without a DTD, a root element in
/// the FHIR namespace, and, for a Parameters body with a <c>resource</c> parameter, the resource and profiles it
/// carries. Refusing a DOCTYPE here keeps entity expansion out of the gateway whatever the parser behind it does.</summary>
internal static class XmlEnvelopeReader
{
    private const string FhirNamespace = "http://hl7.org/fhir";
    private static readonly XNamespace _fhir = FhirNamespace;

    public static ValidateEnvelope? Read(ReadOnlyMemory<byte> body, int maxDepth, out string? problem)
    {
        string? rootName;
        try
        {
            rootName = ScanRoot(body, maxDepth, out problem);
        }
        catch (XmlException exception)
        {
            problem = "The body is not well-formed XML, or it holds a DTD, which FHIR does not allow: " + exception.Message;
            return null;
        }

        if (rootName is null)
        {
            return null;
        }

        if (rootName != "Parameters")
        {
            return new ValidateEnvelope(rootName, body, []);
        }

        return ReadParameters(body, out problem) ?? (problem is null ? new ValidateEnvelope(rootName, body, []) : null);
    }

    // One streaming pass over the whole document: well-formedness, DTD refusal, depth limit, root element name.
    private static string? ScanRoot(ReadOnlyMemory<byte> body, int maxDepth, out string? problem)
    {
        using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false), SecureXml.ReaderSettings());
        string? root = null;
        problem = null;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            if (reader.Depth > maxDepth)
            {
                problem = $"The XML nests deeper than {maxDepth} elements.";
                return null;
            }

            if (root is null)
            {
                if (reader.NamespaceURI != FhirNamespace)
                {
                    problem = "The body is not a FHIR resource: the root element must be in the http://hl7.org/fhir namespace.";
                    return null;
                }

                root = reader.LocalName;
            }
        }

        return root;
    }

    // Null with no problem: a Parameters without a resource parameter, validated as a Parameters resource itself.
    private static ValidateEnvelope? ReadParameters(ReadOnlyMemory<byte> body, out string? problem)
    {
        problem = null;
        using var reader = XmlReader.Create(new MemoryStream(body.ToArray(), writable: false), SecureXml.ReaderSettings());
        var parameters = XDocument.Load(reader).Root!.Elements(_fhir + "parameter").ToList();
        var resourceParameter = parameters.FirstOrDefault(p => NameOf(p) == ValidateParameterNames.Resource);
        if (resourceParameter is null)
        {
            return null;
        }

        if (resourceParameter.Element(_fhir + "resource")?.Elements().FirstOrDefault() is not { } inner
            || inner.Name.Namespace != _fhir)
        {
            problem = "The 'resource' parameter does not hold a resource.";
            return null;
        }

        var profiles = parameters
            .Where(p => NameOf(p) == ValidateParameterNames.Profile)
            .Select(p => ValidateParameterNames.ProfileValueTypes
                .Select(t => p.Element(_fhir + t)?.Attribute("value")?.Value)
                .FirstOrDefault(v => v is not null))
            .OfType<string>()
            .ToList();

        // The inner element is serialised on its own; LINQ to XML declares the FHIR namespace on it.
        var bytes = Encoding.UTF8.GetBytes(inner.ToString(SaveOptions.DisableFormatting));
        return new ValidateEnvelope(inner.Name.LocalName, bytes, profiles);
    }

    private static string? NameOf(XElement parameter) => parameter.Element(_fhir + "name")?.Attribute("value")?.Value;
}
