namespace FhirRecovery.Validation.Reading;

/// <summary>Why the fast reader gave up on a body (the first reason), for tests and diagnostics; null while it reads.</summary>
internal struct PocoReadState
{
    public string? Declined { get; private set; }

    /// <summary>Records the reason and returns false, so a reading method can <c>return state.Decline(...)</c>.</summary>
    public bool Decline(string reason)
    {
        Declined ??= reason;
        return false;
    }
}
