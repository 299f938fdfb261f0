using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Thrown at start-up when the directory cannot be used; the message lists every problem.</summary>
public sealed class RoutingDirectoryException : Exception
{
    public RoutingDirectoryException()
    {
    }

    public RoutingDirectoryException(string message)
        : base(message)
    {
    }

    public RoutingDirectoryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RoutingDirectoryException(string path, ImmutableArray<DirectoryProblem> problems)
        : base(FormatMessage(path, problems))
    {
        Problems = problems;
    }

    public ImmutableArray<DirectoryProblem> Problems { get; } = [];

    private static string FormatMessage(string path, ImmutableArray<DirectoryProblem> problems) =>
        $"The routing directory at '{path}' has {problems.Length} problem(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, problems.Select(p => "  - " + p));
}
