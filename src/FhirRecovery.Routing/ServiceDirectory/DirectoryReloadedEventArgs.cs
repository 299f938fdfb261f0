using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>The outcome of one reload: when <see cref="Accepted"/> is false the previous directory stays in force.</summary>
public sealed class DirectoryReloadedEventArgs(bool accepted, RoutingDirectory current, ImmutableArray<DirectoryProblem> problems) : EventArgs
{
    public bool Accepted { get; } = accepted;

    public RoutingDirectory Current { get; } = current;

    public ImmutableArray<DirectoryProblem> Problems { get; } = problems;
}
