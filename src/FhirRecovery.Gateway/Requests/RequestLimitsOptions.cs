namespace FhirRecovery.Gateway.Requests;

/// <summary>Limits every request body must respect. Bound from the "FhirRecovery" configuration section.</summary>
internal sealed class RequestLimitsOptions
{
    public const long DefaultMaxRequestBodyBytes = 4 * 1024 * 1024;

    /// <summary>Largest request body accepted; larger ones get 413. Kestrel enforces it too.</summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;

    /// <summary>Deepest nesting of JSON objects and arrays or XML elements accepted in a body.</summary>
    public int MaxNestingDepth { get; set; } = 128;
}
