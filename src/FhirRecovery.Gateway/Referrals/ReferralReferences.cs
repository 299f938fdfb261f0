using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>How a referral Task names its referral: <c>Task.focus</c> (the referral-task profile makes it 1..1), a
/// relative <c>ServiceRequest/{id}</c> or an absolute URL ending so.</summary>
internal static class ReferralReferences
{
    private const string Prefix = "ServiceRequest/";

    public static string? ReferralIdOf(Hl7.Fhir.Model.Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return IdOf(task.Focus?.Reference);
    }

    /// <summary>The id in <c>ServiceRequest/{id}</c> (relative, absolute or with a version), or null.</summary>
    public static string? IdOf(string? reference)
    {
        var at = reference?.LastIndexOf(Prefix, StringComparison.Ordinal) ?? -1;
        if (at < 0 || (at > 0 && reference![at - 1] != '/'))
        {
            return null;
        }

        var id = reference![(at + Prefix.Length)..].Split('/')[0];
        return id.Length > 0 ? id : null;
    }

    /// <summary>The coded reason only (the profile binds it to referral-rejection-reasons); never the free text.</summary>
    public static string? StatusReasonCode(Hl7.Fhir.Model.Task task) => task.StatusReason?.Coding.FirstOrDefault()?.Code;

    public static string StatusCode(Hl7.Fhir.Model.Task task) =>
        task.Status is { } status ? Hl7.Fhir.Utility.EnumUtility.GetLiteral(status) ?? "unknown" : "unknown";
}
