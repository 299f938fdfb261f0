namespace FhirRecovery.Gateway.Routing;

/// <summary>
/// Which IG profiles a routed payload must meet on top of base R4 and its own meta.profile: the message Bundle
/// profile per event, the referral profiles for plain ServiceRequest and Task. Events without a Bundle profile
/// (referral-request, referral-response) are validated against base R4 and what they declare.
/// </summary>
internal static class ProfilePolicy
{
    private const string Base = "https://fhirrecovery.org.uk/fhir/StructureDefinition/";

    public static IReadOnlyList<string> ForMessageEvent(string eventCode) => eventCode switch
    {
        MessageEvents.ReleaseHandover => [Base + "release-handover-bundle"],
        MessageEvents.SharedCareUpdate => [Base + "shared-care-bundle"],
        _ => [],
    };

    public static IReadOnlyList<string> ForResource(string resourceType) => resourceType switch
    {
        "ServiceRequest" => [Base + "recovery-referral"],
        "Task" => [Base + "referral-task"],
        _ => [],
    };
}
