namespace FhirRecovery.Gateway.Definitions;

/// <summary>Whether the definitions are still loading, ready, or failed. Readiness, /metadata and $validate read it;
/// only the <see cref="DefinitionsLoader"/> writes it, once.</summary>
internal sealed class DefinitionsState
{
    private volatile LoadedDefinitions? _ready;
    private volatile string? _failure;

    /// <summary>The loaded definitions; null while loading or after a failure.</summary>
    public LoadedDefinitions? Ready => _ready;

    /// <summary>Why loading failed; null unless it did. The host exits non-zero when this is set.</summary>
    public string? Failure => _failure;

    public void MarkReady(LoadedDefinitions definitions) => _ready = definitions;

    public void MarkFailed(string reason) => _failure = reason;
}
