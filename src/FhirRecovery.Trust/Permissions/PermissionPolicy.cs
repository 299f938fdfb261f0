namespace FhirRecovery.Trust.Permissions;

/// <summary>
/// The per-organisation permissions of a deployment: immutable, loaded once (see
/// <see cref="PermissionPolicyLoader"/>) and asked on every routed write and proxied read.
/// </summary>
public sealed class PermissionPolicy(IReadOnlyList<SendRule> sendRules, IReadOnlyList<ReadRule> readRules)
{
    private const string Any = "*";

    public IReadOnlyList<SendRule> SendRules { get; } = sendRules;

    public IReadOnlyList<ReadRule> ReadRules { get; } = readRules;

    /// <summary>May the sender send this message event (or, when null, this plain resource) to this kind of service?</summary>
    public PermissionDecision CanSend(SenderIdentity sender, string? messageEvent, string resourceType, string receiverServiceType)
    {
        var granted = SendRules.Any(rule =>
            IsFor(rule.FromOrganisations, rule.FromServiceTypes, sender)
            && Matches(rule.ToServiceTypes, receiverServiceType)
            && (messageEvent is null ? Matches(rule.ResourceTypes, resourceType) : Matches(rule.MessageEvents, messageEvent)));

        var what = messageEvent is null ? $"{resourceType} resources" : $"'{messageEvent}' messages";
        return granted
            ? PermissionDecision.Allow($"Organisation {sender.Ods} may send {what} to {receiverServiceType} services.")
            : PermissionDecision.Deny($"Organisation {sender.Ods} is not permitted to send {what} to {receiverServiceType} services.");
    }

    /// <summary>May the reader read this resource type held by a service of this kind?</summary>
    /// <param name="registeredPractice">The ODS code of the person's registered GP practice, when known.</param>
    public PermissionDecision CanRead(SenderIdentity reader, string resourceType, string ownerServiceType, string? registeredPractice)
    {
        var granted = ReadRules.Any(rule =>
            IsFor(rule.FromOrganisations, rule.FromServiceTypes, reader)
            && Matches(rule.ResourceTypes, resourceType)
            && Matches(rule.OwnerServiceTypes, ownerServiceType)
            && (!rule.RegisteredPatientsOnly || string.Equals(registeredPractice, reader.Ods, StringComparison.Ordinal)));

        return granted
            ? PermissionDecision.Allow($"Organisation {reader.Ods} may read {resourceType} from {ownerServiceType} services.")
            : PermissionDecision.Deny($"Organisation {reader.Ods} is not permitted to read this {resourceType} from {ownerServiceType} services.");
    }

    /// <summary>
    /// Before the owner is asked: could any rule let this reader read this resource type from this kind of service,
    /// should the person turn out to be registered with the reader? A refusal here means the owner is never asked; an
    /// allowance still needs <see cref="CanRead"/> once the owner's answer names the person.
    /// </summary>
    public PermissionDecision CouldRead(SenderIdentity reader, string resourceType, string ownerServiceType) =>
        CanRead(reader, resourceType, ownerServiceType, reader.Ods);

    private static bool IsFor(IReadOnlyList<string> organisations, IReadOnlyList<string> serviceTypes, SenderIdentity sender) =>
        organisations.Contains(sender.Ods, StringComparer.Ordinal)
        || organisations.Contains(Any, StringComparer.Ordinal)
        || serviceTypes.Any(t => t == Any || sender.ServiceTypes.Contains(t));

    private static bool Matches(IReadOnlyList<string> allowed, string value) =>
        allowed.Contains(Any, StringComparer.Ordinal) || allowed.Contains(value, StringComparer.Ordinal);
}
