using System.Collections.Concurrent;
using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>Captures every event the host's Serilog pipeline writes, after enrichment, as the console sink sees it.</summary>
public sealed class InMemoryLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The message and every property value of each event, as text, for "never logged" assertions.</summary>
    public IEnumerable<string> RenderAll() => _events.Select(Render);

    public static string Render(LogEvent logEvent) =>
        logEvent.RenderMessage(CultureInfo.InvariantCulture) + " "
        + string.Join(" ", logEvent.Properties.Select(p => p.Key + "=" + p.Value.ToString(null, CultureInfo.InvariantCulture)))
        + " " + logEvent.Exception;

    /// <summary>Waits for an event to arrive: the request log line is written after the response has gone out.</summary>
    public async Task<LogEvent> WaitForAsync(Func<LogEvent, bool> predicate)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var found = _events.FirstOrDefault(predicate);
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(20, timeout.Token);
        }
    }
}
