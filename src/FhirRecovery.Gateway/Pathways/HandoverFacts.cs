using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// What the gateway keeps of a release handover: its message identities (for matching the acknowledgement), the
/// planned release (for the flag) and the handover key. The key is the pseudonymous patient key plus the custody
/// episode's start: one person, one release from one spell of custody. A postponed release keeps the same key, so a
/// corrected handover replaces the first.
/// </summary>
internal sealed record HandoverFacts(string? BundleIdentifier, string? HeaderId, DateTimeOffset PlannedRelease, string HandoverKey)
{
    public static HandoverFacts? From(Bundle bundle, string patientKey)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var episode = bundle.Entry.Select(e => e.Resource).OfType<EpisodeOfCare>().FirstOrDefault();
        var release = (episode?.GetExtensionValue<FhirDateTime>(PathwayCodes.PlannedReleaseUrl))?.Value;
        if (release is null || !DateTimeOffset.TryParse(release, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var plannedRelease))
        {
            return null;
        }

        var custodyStart = episode!.Period?.Start ?? plannedRelease.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(patientKey + "|" + custodyStart)))[..32];
        var header = bundle.Entry.FirstOrDefault()?.Resource as MessageHeader;
        return new HandoverFacts(bundle.Identifier?.Value, header?.Id, plannedRelease, key);
    }
}
