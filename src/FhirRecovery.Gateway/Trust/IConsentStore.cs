using Consent = Hl7.Fhir.Model.Consent;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Consents registered through POST /Consent, keyed by the person's NHS number.</summary>
internal interface IConsentStore
{
    Task SaveAsync(string nhsNumber, string registeringOds, Consent consent, CancellationToken cancellationToken);

    /// <summary>The person's consents; only those registered by <paramref name="registeringOds"/> when it is given.</summary>
    Task<IReadOnlyList<Consent>> FindAsync(string nhsNumber, string? registeringOds, CancellationToken cancellationToken);
}
