using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>A directory that never changes: for tests and for hosts that load the directory themselves.</summary>
public sealed class StaticDirectorySource(RoutingDirectory directory) : IDirectorySource
{
    public RoutingDirectory Current { get; } = directory;

    public ImmutableArray<DirectoryProblem> LastReloadProblems => [];

    public event EventHandler<DirectoryReloadedEventArgs>? Reloaded
    {
        add { }
        remove { }
    }
}
