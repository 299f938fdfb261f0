using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>The result of loading a directory: a directory, or every problem found (never both).</summary>
public sealed record DirectoryLoadResult
{
    private DirectoryLoadResult(RoutingDirectory? directory, ImmutableArray<DirectoryProblem> problems)
    {
        Directory = directory;
        Problems = problems;
    }

    public RoutingDirectory? Directory { get; }

    public ImmutableArray<DirectoryProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Directory))]
    public bool Succeeded => Directory is not null;

    internal static DirectoryLoadResult Success(RoutingDirectory directory) => new(directory, []);

    internal static DirectoryLoadResult Failure(IEnumerable<DirectoryProblem> problems) => new(null, [.. problems]);
}
