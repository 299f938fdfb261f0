namespace FhirRecovery.Gateway.Pathways;

/// <summary>The IG's systems and codes the pathways read.</summary>
internal static class PathwayCodes
{
    public const string Base = "https://fhirrecovery.org.uk/fhir/";
    public const string OstMedicineSystem = Base + "CodeSystem/ost-medicine";
    public const string TopItemSystem = Base + "CodeSystem/top-item";
    public const string ReviewReasonSystem = Base + "CodeSystem/review-reason";
    public const string PlannedReleaseUrl = Base + "StructureDefinition/planned-release";
    public const string NextReviewDateUrl = Base + "StructureDefinition/next-review-date";
    public const string TopPanel = "top-panel";
    public const string TopOpioidsDays = "top-opioids-days";

    /// <summary>review-reason codes the gateway raises.</summary>
    public const string UseOnTop = "use-on-top";
    public const string ScheduledReview = "scheduled";

    /// <summary>The OST medicines of the ost-medicine CodeSystem (naltrexone and naloxone are not substitution treatment).</summary>
    public static readonly IReadOnlySet<string> OstMedicines = new HashSet<string>(StringComparer.Ordinal)
    {
        "methadone-oral", "buprenorphine", "buprenorphine-naloxone", "slow-release-oral-morphine", "injectable-opioid",
    };
}
