using System.Xml;

namespace FhirRecovery.Gateway.Validation;

/// <summary>The only XmlReader settings the gateway uses: no DTD (so no entity expansion or external entities),
/// no resolver, bounded depth checked by the callers.</summary>
internal static class SecureXml
{
    public static XmlReaderSettings ReaderSettings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        IgnoreProcessingInstructions = true,
        CloseInput = false,
    };
}
