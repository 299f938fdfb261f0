namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// Exponential backoff with full jitter, capped; dead letter after <see cref="MaxAttempts"/> attempts or once the
/// retry window is older than <see cref="MaxAge"/>.
/// </summary>
public sealed record RetryPolicy
{
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(10);

    public int MaxAttempts { get; init; } = 12;

    public TimeSpan MaxAge { get; init; } = TimeSpan.FromDays(3);

    /// <summary>The ceiling of the delay after <paramref name="attempt"/> failed attempts: min(max, base * 2^(attempt-1)).</summary>
    public TimeSpan Ceiling(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ticks = Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (double)(1L << exponent));
        return TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>Full jitter: a delay drawn uniformly from [0, ceiling]; <paramref name="unitRandom"/> is in [0, 1).</summary>
    public TimeSpan Delay(int attempt, double unitRandom) =>
        TimeSpan.FromTicks((long)(Ceiling(attempt).Ticks * Math.Clamp(unitRandom, 0, 1)));

    /// <summary>Decides what follows a failed attempt: the time of the next attempt, or null to dead-letter.</summary>
    public DateTimeOffset? NextAttemptAt(int attemptCount, DateTimeOffset retryWindowStart, DateTimeOffset now, double unitRandom)
    {
        if (attemptCount >= MaxAttempts || now - retryWindowStart >= MaxAge)
        {
            return null;
        }

        return now + Delay(attemptCount, unitRandom);
    }

    /// <summary>Every problem with the settings, for start-up validation.</summary>
    public IEnumerable<string> Problems()
    {
        if (BaseDelay <= TimeSpan.Zero)
        {
            yield return "RetryPolicy.BaseDelay must be positive.";
        }

        if (MaxDelay < BaseDelay)
        {
            yield return "RetryPolicy.MaxDelay must be at least BaseDelay.";
        }

        if (MaxAttempts < 1)
        {
            yield return "RetryPolicy.MaxAttempts must be at least 1.";
        }

        if (MaxAge <= TimeSpan.Zero)
        {
            yield return "RetryPolicy.MaxAge must be positive.";
        }
    }
}
