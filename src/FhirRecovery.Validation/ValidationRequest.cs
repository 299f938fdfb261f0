namespace FhirRecovery.Validation;

/// <summary>What to validate against, on top of the base definition of the resource's type and
/// every profile listed in its <c>meta.profile</c>.</summary>
/// <param name="Profiles">Canonical URLs the resource must also conform to.</param>
public sealed record ValidationRequest(IReadOnlyList<string> Profiles)
{
    public static ValidationRequest Base { get; } = new([]);
}
