namespace FhirRecovery.Specification;

/// <summary>A package or folder of conformance resources could not be loaded.</summary>
public sealed class FhirPackageException(string message) : Exception(message);
