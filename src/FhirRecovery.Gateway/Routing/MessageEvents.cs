namespace FhirRecovery.Gateway.Routing;

/// <summary>The message events of the FhirRecovery IG (CodeSystem message-event).</summary>
internal static class MessageEvents
{
    public const string System = "https://fhirrecovery.org.uk/fhir/CodeSystem/message-event";
    public const string ReleaseHandover = "release-handover";
    public const string SharedCareUpdate = "shared-care-update";
    public const string ReferralRequest = "referral-request";
    public const string ReferralResponse = "referral-response";
}
