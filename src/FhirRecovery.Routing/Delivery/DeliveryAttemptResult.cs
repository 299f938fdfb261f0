namespace FhirRecovery.Routing.Delivery;

/// <summary>The result of one delivery attempt, as a value.</summary>
public abstract record DeliveryAttemptResult
{
    private DeliveryAttemptResult()
    {
    }

    /// <summary>The receiver accepted the message; its status and body are kept for the sender to read.</summary>
    public sealed record Delivered(int Status, string? Body) : DeliveryAttemptResult;

    /// <summary>Worth trying again later (receiver down, timeout, 5xx, 429).</summary>
    public sealed record TransientFailure(string Error) : DeliveryAttemptResult;

    /// <summary>Will never succeed as sent (4xx other than 408/429): dead-lettered at once.</summary>
    public sealed record PermanentFailure(string Error) : DeliveryAttemptResult;
}
