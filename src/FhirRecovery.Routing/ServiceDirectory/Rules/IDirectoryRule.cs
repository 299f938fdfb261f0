namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>One consistency rule. A rule adds every problem it finds and never stops at the first.</summary>
internal interface IDirectoryRule
{
    void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems);
}
