using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// Where a referral Task goes when the sender names no target header: back to the referrer the gateway recorded
/// for the referral (the authenticated sender of the ServiceRequest); failing that (a referral that did not pass
/// through this gateway), to <c>Task.restriction.recipient</c>, then <c>Task.requester</c>: an Organization or
/// HealthcareService by directory reference or by identifier (ODS code or HealthcareService identifier).
/// </summary>
internal sealed class TaskReceivers(TargetResolver resolver, IDirectorySource directory)
{
    public TargetResolution Resolve(Hl7.Fhir.Model.Task task, ReferralRecord? referral)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (referral is not null)
        {
            return resolver.ResolveIdentifier(new TargetIdentifier(DirectorySystems.OdsOrganizationCode, referral.ReferrerOds));
        }

        var candidates = new List<ResourceReference>(task.Restriction?.Recipient ?? []);
        if (task.Requester is { } requester)
        {
            candidates.Add(requester);
        }

        if (candidates.Count == 0)
        {
            return new TargetResolution.BadTarget(
                $"A routed Task needs the {TargetHeader.Name} header, Task.restriction.recipient or a Task.requester naming its receiver.");
        }

        // The first recipient that names something routable decides; later ones are not a fan-out.
        TargetResolution? first = null;
        foreach (var candidate in candidates)
        {
            var resolution = Resolve(candidate);
            if (resolution is TargetResolution.Resolved)
            {
                return resolution;
            }

            first ??= resolution;
        }

        return first!;
    }

    private TargetResolution Resolve(ResourceReference reference)
    {
        if (reference.Identifier is { Value.Length: > 0 } identifier)
        {
            return resolver.ResolveIdentifier(new TargetIdentifier(identifier.System ?? string.Empty, identifier.Value));
        }

        var snapshot = directory.Current;
        var parts = reference.Reference?.Split('/') ?? [];
        var (type, id) = parts.Length >= 2 ? (parts[^2], parts[^1]) : (string.Empty, string.Empty);
        return type switch
        {
            "Organization" when snapshot.FindOrganization(id) is { } organization =>
                resolver.ResolveIdentifier(new TargetIdentifier(DirectorySystems.OdsOrganizationCode, organization.OdsCode)),
            "HealthcareService" when snapshot.FindService(id) is { Identifier: { } serviceId } =>
                resolver.ResolveIdentifier(new TargetIdentifier(DirectorySystems.HealthcareServiceId, serviceId)),
            "Organization" or "HealthcareService" => new TargetResolution.NotFound($"{type}/{id} is not in the routing directory."),
            _ => new TargetResolution.BadTarget(
                $"The Task's recipient or requester '{reference.Reference}' is not an Organization or HealthcareService of the directory, nor an identifier."),
        };
    }
}
