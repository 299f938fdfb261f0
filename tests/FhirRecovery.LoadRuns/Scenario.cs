namespace FhirRecovery.LoadRuns;

/// <summary>One load scenario: either an HTTP request to <paramref name="Create"/> (worker number, request number)
/// whose successful answer has <paramref name="ExpectedStatus"/>, or, for a component measured without HTTP, an
/// <paramref name="Operation"/> that returns null on success or the failure's text.</summary>
internal sealed record Scenario(string Key, string Title, int ExpectedStatus, Func<int, int, HttpRequestMessage>? Create,
    Func<int, int, Task<string?>>? Operation = null);
