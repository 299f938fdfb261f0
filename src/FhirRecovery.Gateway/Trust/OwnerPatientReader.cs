using System.Net.Http.Headers;
using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// Reads a Patient from the owning organisation's endpoint with the gateway's own credential (the same connection pool,
/// bearer token and client certificate as deliveries), when the owner's answer names its person only by reference.
/// The Patient is used for the decision and never relayed. Null when the owner cannot or will not answer.
/// </summary>
internal sealed class OwnerPatientReader(ReceiverHttpClient client, IOptions<RoutingOptions> routing, IOptions<OutboxSettings> outbox)
{
    /// <summary>A Patient record is small; a larger answer is not a Patient the gateway will read.</summary>
    private const int MaxPatientBytes = 256 * 1024;

    public async Task<Patient?> ReadAsync(DirectoryEndpoint endpoint, string reference, CorrelationIds ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(ids);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(endpoint.Address.AbsoluteUri.TrimEnd('/') + "/" + reference));
        request.Headers.Accept.ParseAdd("application/fhir+json");
        request.Headers.TryAddWithoutValidation(CorrelationIds.RequestIdHeader, ids.RequestId);
        request.Headers.TryAddWithoutValidation(CorrelationIds.CorrelationIdHeader, ids.CorrelationId);
        if (routing.Value.ReceiverCredentials.TokenFor(endpoint.Id) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(outbox.Value.DeliveryTimeout);
        try
        {
            using var response = await client.Invoker.SendAsync(request, timeout.Token);
            if (!response.IsSuccessStatusCode || response.Content.Headers.ContentLength > MaxPatientBytes)
            {
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token);
            return body.Length <= MaxPatientBytes
                ? OwnerAnswer.Parse(body, response.Content.Headers.ContentType?.MediaType) as Patient
                : null;
        }
        catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
        {
            return null;
        }
    }
}
