namespace FhirRecovery.Specification.Packages;

/// <summary>How the raw bytes of a conformance resource are encoded.</summary>
internal enum ResourceFormat
{
    Json,
    Xml,
}
