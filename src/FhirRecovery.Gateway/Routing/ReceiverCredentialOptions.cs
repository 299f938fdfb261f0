namespace FhirRecovery.Gateway.Routing;

/// <summary>How the gateway authenticates to receivers: a bearer token per directory endpoint id, or a default one;
/// optionally a client certificate (PKCS#12) on every connection.</summary>
internal sealed class ReceiverCredentialOptions
{
    public string? DefaultBearerToken { get; set; }

    /// <summary>Directory endpoint id to bearer token; wins over <see cref="DefaultBearerToken"/>.</summary>
    public Dictionary<string, string> BearerTokens { get; set; } = new(StringComparer.Ordinal);

    public string? ClientCertificatePath { get; set; }

    public string? ClientCertificatePassword { get; set; }

    public string? TokenFor(string endpointId) =>
        BearerTokens.TryGetValue(endpointId, out var token) && !string.IsNullOrWhiteSpace(token) ? token : DefaultBearerToken;
}
