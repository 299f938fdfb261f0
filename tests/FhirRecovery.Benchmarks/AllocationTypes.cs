using System.Diagnostics.Tracing;

namespace FhirRecovery.Benchmarks;

/// <summary>
/// `-- --allocation-types`: which types the TOP outcome's validation allocates, from the runtime's AllocationTick
/// events (one sample per ~100 KB allocated, so many rounds give a fair histogram). Says what to remove next.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly Dictionary<string, long> _samples = new(StringComparer.Ordinal);
    private bool _recording;

    public static void Run()
    {
        var top = TopOutcomeCase.Load();
        top.Validate();
        using var listener = new AllocationTypes();
        listener._recording = true;
        for (var i = 0; i < 3000; i++)
        {
            top.Validate();
        }

        listener._recording = false;
        var total = listener._samples.Values.Sum();
        foreach (var (type, count) in listener._samples.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"{100.0 * count / total,6:F1}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword: AllocationTick
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_recording || eventData.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var type = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
        lock (_samples)
        {
            _samples[type] = _samples.GetValueOrDefault(type) + 1;
        }
    }
}
