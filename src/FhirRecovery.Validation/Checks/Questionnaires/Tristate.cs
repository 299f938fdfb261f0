namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>An enableWhen outcome: true, false, or unknown (a condition we cannot evaluate). Unknown never
/// produces an error: neither "required item missing" nor "answered but not enabled".</summary>
internal enum Tristate
{
    Unknown,
    True,
    False,
}
