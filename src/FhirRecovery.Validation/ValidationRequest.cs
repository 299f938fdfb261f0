using Hl7.Fhir.Model;

namespace FhirRecovery.Validation;

/// <summary>What to validate against, on top of the base definition of the resource's type and
/// every profile listed in its <c>meta.profile</c>.</summary>
/// <param name="Profiles">Canonical URLs the resource must also conform to.</param>
public sealed record ValidationRequest(IReadOnlyList<string> Profiles)
{
    public static ValidationRequest Base { get; } = new([]);

    /// <summary>Profiles chosen from the resource as read (e.g. by its type or message event), added to
    /// <see cref="Profiles"/>. Lets a caller that selects profiles by content read the body once: the validator
    /// calls it with what it read, before validating.</summary>
    public Func<Resource, IReadOnlyList<string>>? ProfilesFor { get; init; }

    /// <summary>How unknown extensions and an unresolvable meta.profile are judged; the gateway's policy by default.</summary>
    public UnresolvedDefinitionRules UnresolvedDefinitions { get; init; }
}
