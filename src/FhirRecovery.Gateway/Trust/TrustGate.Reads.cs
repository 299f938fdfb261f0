using FhirRecovery.Gateway.Auth;
using FhirRecovery.Trust.Consent;
using FhirRecovery.Trust.Scopes;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// Proxied reads, in two steps. Before the owner is asked: scope, organisation, and whether any read rule could grant
/// the read. After the owner has answered (and before any of it is relayed): for every person the answer concerns,
/// the read rule again with the person's registered practice, then the person's consents (store and answer) for the
/// reader's kinds of service; the most restrictive answer wins, and the documented override applies as for sends.
/// </summary>
internal sealed partial class TrustGate
{
    public async ValueTask<TrustDecision> AuthorizeReadAsync(HttpContext context, ReadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var sender = senders.Find(context.User);
        var interaction = context.Request.RouteValues.ContainsKey("id") ? FhirInteraction.Read : FhirInteraction.Search;
        var refusal = CheckSender(sender, context, request.ResourceType, interaction);
        if (refusal is not null)
        {
            return await DenyReadAsync(context, sender, request, null, refusal);
        }

        var reader = sender!.Identity;
        if (request.Subjects is null)
        {
            var possible = request.OwnerServiceTypes.Select(type => policy.CouldRead(reader, request.ResourceType, type)).ToList();
            return possible.Exists(d => d.Allowed)
                ? TrustDecision.Allow
                : await DenyReadAsync(context, sender, request, null,
                    possible.Count > 0 ? possible[0].Reason : "The owning organisation offers no service type the reader may read from.");
        }

        var overrideRequest = ConsentOverrideHeaders.Read(context.Request);
        if (overrideRequest?.Problem is not null)
        {
            return await DenyReadAsync(context, sender, request, null, overrideRequest.Problem);
        }

        if (request.Subjects.Count == 0 && !request.OwnerServiceTypes.Any(type => policy.CanRead(reader, request.ResourceType, type, null).Allowed))
        {
            return await DenyReadAsync(context, sender, request, null,
                $"This {request.ResourceType} answer names no person, so the rule limiting organisation {reader.Ods} to its registered patients cannot be met.");
        }

        ConsentDecision? overridden = null;
        foreach (var subject in request.Subjects)
        {
            var (decision, why) = await DecideAsync(sender, request, subject, overrideRequest?.Override, cancellationToken);
            if (why is not null)
            {
                return await DenyReadAsync(context, sender, request, decision?.DecidingConsentId, why);
            }

            overridden ??= decision?.Verdict == ConsentVerdict.OverriddenRefusal ? decision : null;
        }

        if (overridden is not null)
        {
            var shareOverride = overrideRequest!.Override!;
            await audit.WriteAsync(Entry(context, TrustAuditRecords.OverrideDecision, "read", sender, request.OwnerOrganizationId, request.ResourceType, null,
                shareOverride.Ground == OverrideGround.LegalDuty ? "legal-duty" : "vital-interest", Digest(shareOverride.Reason), overridden.DecidingConsentId), CancellationToken.None);
        }

        return TrustDecision.Allow;
    }

    /// <summary>One person: the read rule with their registered practice, then their consents for each of the reader's
    /// kinds of service. Returns the deciding consent decision (if any) and the refusal reason (null when allowed).</summary>
    private async Task<(ConsentDecision? Decision, string? Refusal)> DecideAsync(Sender sender, ReadRequest request, ReadSubject subject,
        ShareOverride? shareOverride, CancellationToken cancellationToken)
    {
        if (subject.NhsNumber is null)
        {
            return (null, $"The owner's {request.ResourceType} concerns a person the gateway cannot identify by NHS number, so their consent cannot be checked; nothing is relayed.");
        }

        var reader = sender.Identity;
        IReadOnlyList<string?> practices = subject.RegisteredPractices.Count > 0 ? [.. subject.RegisteredPractices] : [null];
        var permissions = request.OwnerServiceTypes
            .SelectMany(type => practices.Select(practice => policy.CanRead(reader, request.ResourceType, type, practice))).ToList();
        if (!permissions.Exists(p => p.Allowed))
        {
            return (null, permissions.Count > 0
                ? permissions[0].Reason + " The person is not registered with the reader, or the rule does not cover them."
                : "The owning organisation offers no service type the reader may read from.");
        }

        var consents = new List<Consent>(subject.ConsentsInPayload);
        consents.AddRange(await consentStore.FindAsync(subject.NhsNumber, null, cancellationToken));
        var at = time.GetUtcNow();
        IReadOnlyList<string> readerTypes = reader.ServiceTypes.Count > 0 ? [.. reader.ServiceTypes] : [string.Empty];
        var decisions = readerTypes.Select(type => ConsentEvaluator.Evaluate(consents,
            new ShareRequest(type, reader.Ods, "Organization/" + sender.Organisation.Id, at), shareOverride)).ToList();
        var refused = decisions.Find(d => !d.AllowsSharing(options.Value.PermitWhenNoConsent));
        if (refused is not null)
        {
            return (refused, refused.Verdict == ConsentVerdict.NoConsentRecorded
                ? refused.Explanation + " This gateway shares only with a recorded permit."
                : refused.Explanation);
        }

        return (decisions.Find(d => d.Verdict == ConsentVerdict.OverriddenRefusal), null);
    }

    private async Task<TrustDecision> DenyReadAsync(HttpContext context, Sender? sender, ReadRequest request, string? consentId, string reason)
    {
        await audit.WriteAsync(Entry(context, TrustAuditRecords.RefusedDecision, "read", sender, request.OwnerOrganizationId, request.ResourceType,
            null, null, null, consentId), CancellationToken.None);
        return Forbidden(reason);
    }
}
