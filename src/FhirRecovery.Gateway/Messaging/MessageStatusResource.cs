using FhirRecovery.Routing.Outbox;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>The status resource a sender reads at <c>GET /_status/{id}</c>: a Parameters with the message's state
/// (queued, in-flight, delivered, failed, dead-lettered, held-for-pickup), attempts, the receiver's status and answer once delivered,
/// and the last error while failing; while the message waits for a receiver the gateway's health checks find down,
/// <c>receiver-known-down</c> says so (no attempt is spent until it is back). No content of the message itself.</summary>
internal static class MessageStatusResource
{
    public const string PathPrefix = "/_status/";

    public static string PathOf(string messageId) => PathPrefix + messageId;

    public static Parameters From(OutboxMessageStatus status, bool receiverKnownDown = false)
    {
        ArgumentNullException.ThrowIfNull(status);
        var parameters = new Parameters { Id = status.Id };
        parameters.Add("id", new FhirString(status.Id));
        parameters.Add("state", new Code(StateCode(status.State)));
        parameters.Add("receiver-endpoint", new FhirString(status.ReceiverEndpointId));
        parameters.Add("kind", new FhirString(status.PayloadKind));
        parameters.Add("request-id", new FhirString(status.IdempotencyKey));
        parameters.Add("attempts", new Integer(status.AttemptCount));
        parameters.Add("accepted", new FhirDateTime(status.CreatedAt));
        parameters.Add("updated", new FhirDateTime(status.UpdatedAt));
        Optional(parameters, "next-attempt", status.NextAttemptAt is { } next ? new FhirDateTime(next) : null);
        Optional(parameters, "last-error", status.LastError is { } error ? new FhirString(error) : null);
        Optional(parameters, "delivered", status.DeliveredAt is { } delivered ? new FhirDateTime(delivered) : null);
        Optional(parameters, "receiver-status", status.ReceiverStatus is { } code ? new Integer(code) : null);
        Optional(parameters, "receiver-response", status.ResponseBody is { } body ? new FhirString(body) : null);
        Optional(parameters, "dead-lettered", status.DeadLetteredAt is { } dead ? new FhirDateTime(dead) : null);
        var waiting = status.State is OutboxState.Queued or OutboxState.Failed or OutboxState.InFlight;
        Optional(parameters, "receiver-known-down", waiting && receiverKnownDown ? new FhirBoolean(true) : null);
        return parameters;
    }

    public static string StateCode(OutboxState state) => state switch
    {
        OutboxState.Queued => "queued",
        OutboxState.InFlight => "in-flight",
        OutboxState.Delivered => "delivered",
        OutboxState.Failed => "failed",
        OutboxState.HeldForPickup => "held-for-pickup",
        _ => "dead-lettered",
    };

    private static void Optional(Parameters parameters, string name, DataType? value)
    {
        if (value is not null)
        {
            parameters.Add(name, value);
        }
    }
}
