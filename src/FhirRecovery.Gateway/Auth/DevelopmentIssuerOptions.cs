using FhirRecovery.Trust.Development;

namespace FhirRecovery.Gateway.Auth;

/// <summary>The development issuer shared with <c>fhir-recovery token</c>. Honoured only in the Development environment.</summary>
internal sealed class DevelopmentIssuerOptions
{
    public bool Enabled { get; set; }

    /// <summary>The PEM key file; defaults to <see cref="DevelopmentIssuerDefaults.SigningKeyPath"/>.</summary>
    public string? SigningKeyPath { get; set; }
}
