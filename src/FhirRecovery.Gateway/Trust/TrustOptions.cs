namespace FhirRecovery.Gateway.Trust;

/// <summary>Permissions and consent settings. Bound from "FhirRecovery:Trust".</summary>
internal sealed class TrustOptions
{
    public const string SectionName = "FhirRecovery:Trust";

    /// <summary>The per-organisation permissions file, relative to the application folder.</summary>
    public string PermissionsFile { get; set; } = "permissions.json";

    /// <summary>The routing directory folder, used only when the routing work has not registered a directory source.</summary>
    public string DirectoryPath { get; set; } = "conformance/directory";

    /// <summary>The SQLite file of consents registered through POST /Consent.</summary>
    public string ConsentDatabase { get; set; } = "data/consents.db";

    /// <summary>
    /// What happens when no active consent speaks to a disclosure. True (the default): sharing for direct care
    /// proceeds on implied consent, as in UK direct-care practice; a person's refusal must be recorded as a Consent
    /// to take effect. False: nothing is shared without a recorded permit.
    /// </summary>
    public bool PermitWhenNoConsent { get; set; } = true;
}
