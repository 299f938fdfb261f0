using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Routing.Tests.Support;

internal static class Messages
{
    public static OutboxEnqueueRequest Request(
        string key, string patient = "patient-a", string receiver = "northside-cds-fhir", string sender = "hmp-kirkstall") =>
        new(sender, key, receiver, patient, "Bundle/message:release-handover", "$process-message", "application/fhir+json",
            $$"""{"resourceType":"Bundle","id":"{{key}}"}""", "corr-" + key);

    public static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
}
