namespace FhirRecovery.Routing.Delivery;

/// <summary>Settings for one delivery worker. Validated when the worker is built.</summary>
public sealed record DeliveryWorkerOptions
{
    /// <summary>Unique per worker and process: it owns the leases. Defaults to host name plus a random suffix.</summary>
    public string WorkerId { get; init; } = $"{Environment.MachineName}-{Guid.NewGuid():N}";

    /// <summary>Messages claimed per cycle.</summary>
    public int BatchSize { get; init; } = 32;

    /// <summary>Deliveries in flight at once (a batch never holds two messages for one patient and receiver).</summary>
    public int MaxParallelDeliveries { get; init; } = 8;

    /// <summary>How long an idle worker sleeps before looking again (<see cref="DeliveryWorker.Wake"/> cuts it short).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    public void Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(WorkerId))
        {
            problems.Add("DeliveryWorkerOptions.WorkerId is required.");
        }

        if (BatchSize < 1 || MaxParallelDeliveries < 1)
        {
            problems.Add("DeliveryWorkerOptions.BatchSize and MaxParallelDeliveries must be at least 1.");
        }

        if (PollInterval <= TimeSpan.Zero)
        {
            problems.Add("DeliveryWorkerOptions.PollInterval must be positive.");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }
    }
}
