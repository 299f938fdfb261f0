using System.Text;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;
using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The delivery worker's transport: the stored message is replayed through YARP's forwarder as if a sender had just
/// posted it, in a request context of its own. 2xx is delivered; connection errors, timeouts, 408, 429 and 5xx are
/// transient; other 4xx are permanent (the receiver will never take it as sent).
/// </summary>
internal sealed class YarpDeliveryTransport(ReceiverForwarder forwarder) : IDeliveryTransport
{
    // The receiver's answer is kept for the sender to read; an answer larger than this is cut (it is an acknowledgement, not data).
    private const int MaxKeptResponseBytes = 64 * 1024;

    public async Task<DeliveryAttemptResult> SendAsync(OutboxMessage message, DirectoryEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(endpoint);
        var body = Encoding.UTF8.GetBytes(message.Body);
        var context = new DefaultHttpContext { RequestAborted = cancellationToken };
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = Uri.UriSchemeHttp;
        context.Request.Host = new HostString("fhir-recovery-gateway");
        context.Request.ContentType = message.ContentType;
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.Headers.Accept = message.ContentType;
        using var response = new MemoryStream();
        context.Response.Body = response;

        var ids = new CorrelationIds(message.IdempotencyKey, message.CorrelationId ?? message.IdempotencyKey);
        var (error, problem) = await forwarder.ForwardAsync(context, endpoint, message.RequestPath, ids);
        if (error != ForwarderError.None)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return new DeliveryAttemptResult.TransientFailure(problem ?? error.ToString());
        }

        var status = context.Response.StatusCode;
        if (status is >= 200 and < 300)
        {
            var kept = response.Length > MaxKeptResponseBytes ? response.GetBuffer().AsSpan(0, MaxKeptResponseBytes) : response.GetBuffer().AsSpan(0, (int)response.Length);
            return new DeliveryAttemptResult.Delivered(status, kept.Length == 0 ? null : Encoding.UTF8.GetString(kept));
        }

        var reason = $"The receiver answered {status}.";
        return status is 408 or 429 or >= 500
            ? new DeliveryAttemptResult.TransientFailure(reason)
            : new DeliveryAttemptResult.PermanentFailure(reason);
    }
}
