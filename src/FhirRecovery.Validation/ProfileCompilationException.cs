namespace FhirRecovery.Validation;

/// <summary>One or more profiles could not be compiled; the message lists each with its reason.</summary>
public sealed class ProfileCompilationException(IReadOnlyList<string> problems)
    : Exception("Profiles could not be compiled:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
