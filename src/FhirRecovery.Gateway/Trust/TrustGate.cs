using System.Security.Cryptography;
using System.Text;
using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Consent;
using FhirRecovery.Trust.Permissions;
using FhirRecovery.Trust.Scopes;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// Steps 5 and 6 of the flow: SMART scope for the interaction, the sender's permission for this receiver's kind of
/// service, then the person's consent (from the message and from the consent store), with the documented override.
/// Every refusal and every override is audited; refusals answer 403 with a reason that names rules, never the person.
/// Proxied reads: see TrustGate.Reads.cs.
/// </summary>
internal sealed partial class TrustGate(
    SenderOrganisations senders,
    PermissionPolicy policy,
    IConsentStore consentStore,
    IDirectorySource directory,
    ITrustAudit audit,
    IOptions<TrustOptions> options,
    TimeProvider time) : ITrustGate
{
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    /// <summary>A message needs system/Bundle.c (the $process-message body is a Bundle); a plain write needs create on its type.</summary>
    public const string MessageScopeResource = "Bundle";

    public async ValueTask<TrustDecision> AuthorizeSendAsync(HttpContext context, SendRequest request, CancellationToken cancellationToken)
    {
        var sender = senders.Find(context.User);
        var scopeResource = request.MessageEvent is null ? request.ResourceType : MessageScopeResource;
        var refusal = CheckSender(sender, context, scopeResource, FhirInteraction.Create);
        if (refusal is not null)
        {
            return await DenyAsync(context, "send", sender, request.ReceiverOrganizationId, request, null, refusal);
        }

        var permitted = request.ReceiverServiceTypes
            .Select(type => policy.CanSend(sender!.Identity, request.MessageEvent, request.ResourceType, type)).ToList();
        if (!permitted.Exists(p => p.Allowed))
        {
            var reason = permitted.Count > 0 ? permitted[0].Reason : "The receiver offers no service type the sender may send to.";
            return await DenyAsync(context, "send", sender, request.ReceiverOrganizationId, request, null, reason);
        }

        var overrideRequest = ConsentOverrideHeaders.Read(context.Request);
        if (overrideRequest?.Problem is not null)
        {
            return await DenyAsync(context, "send", sender, request.ReceiverOrganizationId, request, null, overrideRequest.Problem);
        }

        var consents = new List<Consent>(request.ConsentsInPayload);
        var nhsNumber = NhsNumber(request.Patient);
        if (nhsNumber is not null)
        {
            consents.AddRange(await consentStore.FindAsync(nhsNumber, null, cancellationToken));
        }

        var receiver = directory.Current.FindOrganization(request.ReceiverOrganizationId);
        var at = time.GetUtcNow();
        var permittedTypes = request.ReceiverServiceTypes.Where(type =>
            policy.CanSend(sender!.Identity, request.MessageEvent, request.ResourceType, type).Allowed);
        var decisions = permittedTypes.Select(type => ConsentEvaluator.Evaluate(consents,
            new ShareRequest(type, receiver?.OdsCode, "Organization/" + request.ReceiverOrganizationId, at), overrideRequest?.Override)).ToList();

        // Most restrictive wins across the receiver's kinds of service too.
        var refused = decisions.Find(d => !d.AllowsSharing(options.Value.PermitWhenNoConsent));
        if (refused is not null)
        {
            var why = refused.Verdict == ConsentVerdict.NoConsentRecorded
                ? refused.Explanation + " This gateway shares only with a recorded permit."
                : refused.Explanation;
            return await DenyAsync(context, "send", sender, request.ReceiverOrganizationId, request, refused.DecidingConsentId, why);
        }

        var overridden = decisions.Find(d => d.Verdict == ConsentVerdict.OverriddenRefusal);
        if (overridden is not null)
        {
            var shareOverride = overrideRequest!.Override!;
            await audit.WriteAsync(Entry(context, TrustAuditRecords.OverrideDecision, "send", sender, request.ReceiverOrganizationId, request.ResourceType, request.MessageEvent,
                shareOverride.Ground == OverrideGround.LegalDuty ? "legal-duty" : "vital-interest", Digest(shareOverride.Reason), overridden.DecidingConsentId), CancellationToken.None);
        }

        return TrustDecision.Allow;
    }

    private static string? CheckSender(Sender? sender, HttpContext context, string resourceType, FhirInteraction interaction)
    {
        if (sender is null)
        {
            return "The token's organisation is not a known, active organisation of the routing directory.";
        }

        return SenderOrganisations.Scopes(context.User).Allows(resourceType, interaction)
            ? null
            : $"The token lacks the scope {SmartScopeSet.Required(resourceType, interaction)}.";
    }

    private async Task<TrustDecision> DenyAsync(HttpContext context, string interaction, Sender? sender, string counterpart, SendRequest request,
        string? consentId, string reason)
    {
        await audit.WriteAsync(Entry(context, TrustAuditRecords.RefusedDecision, interaction, sender, counterpart, request.ResourceType,
            request.MessageEvent, null, null, consentId), CancellationToken.None);
        return Forbidden(reason);
    }

    private static TrustDecision Forbidden(string reason) =>
        new(false, StatusCodes.Status403Forbidden, Outcomes.Error(IssueType.Forbidden, reason));

    private TrustAuditEntry Entry(HttpContext context, string decision, string interaction, Sender? sender, string counterpart,
        string resourceType, string? messageEvent, string? ground, string? reasonDigest, string? consentId) =>
        new(time.GetUtcNow(), decision, interaction, sender?.Identity.Ods, counterpart, resourceType, messageEvent, ground, reasonDigest, consentId,
            context.Features.Get<CorrelationIds>()?.CorrelationId ?? context.TraceIdentifier);

    private static string Digest(string reason) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(reason)))[..16].ToLowerInvariant();

    /// <summary>The person's NHS number (system https://fhir.nhs.uk/Id/nhs-number), when the payload names one.</summary>
    public static string? NhsNumber(Patient? patient) =>
        patient?.Identifier.Find(i => i.System == NhsNumberSystem && !string.IsNullOrWhiteSpace(i.Value))?.Value;
}
