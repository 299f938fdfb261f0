namespace FhirRecovery.Trust.Permissions;

/// <summary>
/// Who may send what to which kind of service. A sender matches by ODS code or by a service type it
/// provides; "*" in a list matches anything. Rules only grant: what no rule grants is denied.
/// </summary>
public sealed record SendRule
{
    /// <summary>Organisations (ODS codes) the rule is for; empty when it is for kinds of service.</summary>
    public IReadOnlyList<string> FromOrganisations { get; init; } = [];

    /// <summary>Kinds of sending service (recovery-service-type codes) the rule is for.</summary>
    public IReadOnlyList<string> FromServiceTypes { get; init; } = [];

    /// <summary>Message events (recovery-message-event codes) the sender may send in a message Bundle.</summary>
    public IReadOnlyList<string> MessageEvents { get; init; } = [];

    /// <summary>Resource types the sender may create or update as plain routed writes.</summary>
    public IReadOnlyList<string> ResourceTypes { get; init; } = [];

    /// <summary>Kinds of receiving service the sender may send them to.</summary>
    public IReadOnlyList<string> ToServiceTypes { get; init; } = [];
}
