namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>One thing wrong with the directory. Validation gathers all of them before reporting.</summary>
/// <param name="Code">A stable code for the rule, e.g. <c>duplicate-ods-code</c>.</param>
/// <param name="Resource">The resource at fault as <c>Type/id</c>, when there is one.</param>
/// <param name="Source">The file the resource came from, when there is one.</param>
public sealed record DirectoryProblem(string Code, string Message, string? Resource = null, string? Source = null)
{
    public override string ToString()
    {
        var where = (Resource, Source) switch
        {
            (not null, not null) => $" [{Resource} in {Path.GetFileName(Source)}]",
            (not null, null) => $" [{Resource}]",
            (null, not null) => $" [{Path.GetFileName(Source)}]",
            _ => string.Empty,
        };
        return $"{Code}: {Message}{where}";
    }
}
