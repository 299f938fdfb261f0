namespace FhirRecovery.Validation.Checks;

/// <summary>What an extension element knows, when compiled, about the element it sits on: the path in its definition
/// ("Patient", "HumanName", "Extension"), whether that is a data type (then the resource path comes from the instance),
/// and, for a sub-extension in a complex extension's definition, the url of that extension.</summary>
internal sealed record ExtensionHost(string Path, bool IsDataType, string? ParentExtensionUrl);
