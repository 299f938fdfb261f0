using System.Collections.Concurrent;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Routing.Tests.Support;

/// <summary>
/// Stands in for the host's YARP transport (this library has no HTTP). Answers from a script, counts what each
/// receiver got by X-Request-ID (the idempotency key) and keeps the order of deliveries per patient.
/// </summary>
internal sealed class ScriptedTransport(Func<OutboxMessage, DirectoryEndpoint, DeliveryAttemptResult>? script = null) : IDeliveryTransport
{
    private readonly Lock _orderLock = new();
    private readonly Dictionary<string, List<string>> _orderByPatient = [];

    public ConcurrentDictionary<string, int> DeliveredByRequestId { get; } = new();

    public ConcurrentQueue<(string RequestId, string EndpointId)> Attempts { get; } = new();

    public Func<OutboxMessage, DirectoryEndpoint, DeliveryAttemptResult> Script { get; set; } =
        script ?? ((_, _) => new DeliveryAttemptResult.Delivered(200, """{"resourceType":"Bundle","type":"message"}"""));

    public IReadOnlyList<string> OrderFor(string patientKey)
    {
        lock (_orderLock)
        {
            return _orderByPatient.TryGetValue(patientKey, out var list) ? [.. list] : [];
        }
    }

    public Task<DeliveryAttemptResult> SendAsync(OutboxMessage message, DirectoryEndpoint endpoint, CancellationToken cancellationToken)
    {
        Attempts.Enqueue((message.IdempotencyKey, endpoint.Id));
        var result = Script(message, endpoint);
        if (result is DeliveryAttemptResult.Delivered)
        {
            DeliveredByRequestId.AddOrUpdate(message.IdempotencyKey, 1, (_, n) => n + 1);
            lock (_orderLock)
            {
                if (!_orderByPatient.TryGetValue(message.PatientKey, out var list))
                {
                    _orderByPatient[message.PatientKey] = list = [];
                }

                list.Add(message.IdempotencyKey);
            }
        }

        return Task.FromResult(result);
    }
}
