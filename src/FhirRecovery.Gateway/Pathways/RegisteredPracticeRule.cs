using FhirRecovery.Gateway.Errors;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// GP shared care runs between the drug service and the person's REGISTERED practice (Patient.generalPractitioner,
/// an Organization of the routing directory by reference id or ODS identifier). An update to a practice that is not
/// the registered one is refused with 422 naming it; an update from a practice that is not the registered one is
/// refused with 403 (a practice speaks only for its own patients). When the message names no registered practice the
/// directory knows, the MessageHeader destination decides alone.
/// </summary>
internal sealed class RegisteredPracticeRule(IDirectorySource directory)
{
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>Null when the rule allows the update; else the status (403 or 422) and the outcome.</summary>
    public (int Status, OperationOutcome Outcome)? Check(Bundle bundle, string? senderOrganizationId, TargetResolution.Resolved resolved)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(resolved);
        var snapshot = directory.Current;
        var patient = bundle.Entry.Select(e => e.Resource).OfType<Patient>().FirstOrDefault();
        var practice = patient?.GeneralPractitioner.Select(r => Find(snapshot, r)).FirstOrDefault(o => o is not null);
        if (practice is null)
        {
            return null;
        }

        if (senderOrganizationId is not null && IsPrimaryCare(snapshot, senderOrganizationId) && senderOrganizationId != practice.Id)
        {
            return (StatusCodes.Status403Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden,
                "A GP practice sends shared-care updates only for its own registered patients (Patient.generalPractitioner)."));
        }

        var wrongPractice = resolved.Endpoints.FirstOrDefault(e => e.OrganizationId is { } receiver
            && IsPrimaryCare(snapshot, receiver) && receiver != practice.Id);
        return wrongPractice is null ? null
            : (StatusCodes.Status422UnprocessableEntity, Outcomes.Error(OperationOutcome.IssueType.BusinessRule,
                $"The person's registered practice is organisation {practice.Id} ({practice.OdsCode}); this shared-care update is addressed to " +
                $"organisation {wrongPractice.OrganizationId}. Address it to the registered practice.", "Bundle.entry[0].resource.destination"));
    }

    private static bool IsPrimaryCare(RoutingDirectory snapshot, string organizationId) =>
        snapshot.ServicesOf(organizationId).Any(s => s.ServiceTypes.Contains("primary-care"));

    private static DirectoryOrganization? Find(RoutingDirectory snapshot, ResourceReference reference) =>
        reference.Identifier is { System: OdsSystem, Value: { } ods } ? snapshot.FindOrganizationByOdsCode(ods)
        : reference.Reference is { } literal && literal.StartsWith("Organization/", StringComparison.Ordinal)
            ? snapshot.FindOrganization(literal["Organization/".Length..])
            : null;
}
