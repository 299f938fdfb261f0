using System.Collections.Concurrent;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Trust;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>
/// The routing tests' trust gate: it allows, records every question, and refuses sends to the organisations in
/// <see cref="RefusedOrganizations"/>. The routing tests test the contract (asked once per receiver, a refusal stops
/// everything); the trust rules themselves are the trust tests' business.
/// </summary>
internal sealed class RecordingTrustGate : ITrustGate
{
    public ConcurrentQueue<SendRequest> Sends { get; } = new();

    public ConcurrentQueue<ReadRequest> Reads { get; } = new();

    public ConcurrentDictionary<string, bool> RefusedOrganizations { get; } = new();

    public ValueTask<TrustDecision> AuthorizeSendAsync(HttpContext context, SendRequest request, CancellationToken cancellationToken)
    {
        Sends.Enqueue(request);
        return ValueTask.FromResult(RefusedOrganizations.ContainsKey(request.ReceiverOrganizationId)
            ? new TrustDecision(false, StatusCodes.Status403Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden, "refused by the test gate"))
            : TrustDecision.Allow);
    }

    public ValueTask<TrustDecision> AuthorizeReadAsync(HttpContext context, ReadRequest request, CancellationToken cancellationToken)
    {
        Reads.Enqueue(request);
        return ValueTask.FromResult(TrustDecision.Allow);
    }
}
