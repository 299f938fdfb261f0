namespace FhirRecovery.Validation.FhirPath;

/// <summary>The native evaluator met a case it does not implement (a date comparison, a Quantity...): the
/// caller evaluates the expression with the SDK's engine instead. Never escapes the invariant check.</summary>
internal sealed class NativeFallbackException : Exception
{
    public NativeFallbackException()
    {
    }

    public NativeFallbackException(string message)
        : base(message)
    {
    }

    public NativeFallbackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
