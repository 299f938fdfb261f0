namespace FhirRecovery.Validation.FhirPath;

/// <summary>A compiled FHIRPath node: from the focus collection to the result collection.</summary>
internal delegate IReadOnlyList<object> NativeExpression(IReadOnlyList<object> focus, NativeEnvironment environment);
