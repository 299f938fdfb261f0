namespace FhirRecovery.Gateway.Trust;

/// <summary>Permissions and consent settings. Bound from "FhirRecovery:Trust".</summary>
internal sealed class TrustOptions
{
    public const string SectionName = "FhirRecovery:Trust";

    /// <summary>The per-organisation permissions file, relative to the application folder.</summary>
    public string PermissionsFile { get; set; } = "permissions.json";

    /// <summary>The permissions file ships with the application, like the packages and the directory, so a relative
    /// path is read from the application folder whatever the content root (dotnet run sets it to the project).</summary>
    public string ResolvedPermissionsFile => Path.GetFullPath(PermissionsFile, AppContext.BaseDirectory);

    /// <summary>The SQLite file of consents registered through POST /Consent.</summary>
    public string ConsentDatabase { get; set; } = "App_Data/consents.db";

    /// <summary>
    /// What happens when no active consent speaks to a disclosure. True (the default): sharing for direct care
    /// proceeds on implied consent, as in UK direct-care practice; a person's refusal must be recorded as a Consent
    /// to take effect. False: nothing is shared without a recorded permit.
    /// </summary>
    public bool PermitWhenNoConsent { get; set; } = true;
}
