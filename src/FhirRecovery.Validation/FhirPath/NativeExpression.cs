namespace FhirRecovery.Validation.FhirPath;

/// <summary>A compiled FHIRPath node: from the focus collection to the result collection.</summary>
internal delegate NativeCollection NativeExpression(NativeCollection focus, NativeEnvironment environment);
