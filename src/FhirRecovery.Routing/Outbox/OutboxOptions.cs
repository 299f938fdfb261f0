namespace FhirRecovery.Routing.Outbox;

/// <summary>Settings shared by both stores. Validated when a store is built.</summary>
public sealed record OutboxOptions
{
    /// <summary>
    /// How long a claim lasts. Must be longer than the transport's timeout: if a send outlives its lease another
    /// worker may claim and send the message again.
    /// </summary>
    public TimeSpan LeaseDuration { get; init; } = TimeSpan.FromMinutes(2);

    public RetryPolicy Retry { get; init; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = Retry.Problems().ToList();
        if (LeaseDuration <= TimeSpan.Zero)
        {
            problems.Add("OutboxOptions.LeaseDuration must be positive.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }
}
