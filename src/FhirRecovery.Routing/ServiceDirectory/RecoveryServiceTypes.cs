using System.Collections.Frozen;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>
/// The codes of the recovery-service-type CodeSystem. Kept here as well as in the IG so the directory can be
/// checked at start-up without loading the IG package; a test compares them with the IG's FSH source.
/// </summary>
public static class RecoveryServiceTypes
{
    public const string CommunityDrugService = "community-drug-service";
    public const string MentalHealth = "mental-health";
    public const string Housing = "housing";
    public const string PrimaryCare = "primary-care";
    public const string PrisonHealthcare = "prison-healthcare";
    public const string EmploymentSupport = "employment-support";
    public const string MutualAid = "mutual-aid";
    public const string ResidentialRehabilitation = "residential-rehabilitation";

    /// <summary>Every known code.</summary>
    public static FrozenSet<string> All { get; } = new[]
    {
        CommunityDrugService, MentalHealth, Housing, PrimaryCare, PrisonHealthcare, EmploymentSupport, MutualAid,
        ResidentialRehabilitation,
    }.ToFrozenSet(StringComparer.Ordinal);
}
