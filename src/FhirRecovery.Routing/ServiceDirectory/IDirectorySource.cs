using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Where the current routing directory comes from. Implementations swap whole snapshots, never edit one.</summary>
public interface IDirectorySource
{
    /// <summary>The directory in force. Take it once per request and keep using that snapshot.</summary>
    RoutingDirectory Current { get; }

    /// <summary>The problems of the last reload that was refused (empty when the last reload succeeded).</summary>
    ImmutableArray<DirectoryProblem> LastReloadProblems { get; }

    /// <summary>Raised after every reload attempt, whether the new directory was taken or refused.</summary>
    event EventHandler<DirectoryReloadedEventArgs>? Reloaded;
}
