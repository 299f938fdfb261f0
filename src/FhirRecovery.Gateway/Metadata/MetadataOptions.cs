namespace FhirRecovery.Gateway.Metadata;

/// <summary>How the gateway describes itself in its CapabilityStatement. Bound from the "FhirRecovery" section.</summary>
internal sealed class MetadataOptions
{
    /// <summary>The address callers reach the gateway at (behind a proxy, the proxy's). When unset, the address of
    /// each /metadata request is used.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Who runs this gateway, for CapabilityStatement.publisher.</summary>
    public string? Publisher { get; set; }
}
