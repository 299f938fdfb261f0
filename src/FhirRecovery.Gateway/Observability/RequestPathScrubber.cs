using Serilog.Core;
using Serilog.Events;

namespace FhirRecovery.Gateway.Observability;

/// <summary>Removes the raw request path that ASP.NET Core's hosting log scope attaches to every event
/// (<c>RequestPath</c>): a path can carry a resource id, and the request log already records the route template.</summary>
internal sealed class RequestPathScrubber : ILogEventEnricher
{
    private static readonly string[] _scrubbed = ["RequestPath", "QueryString", "Path"];

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var name in _scrubbed)
        {
            logEvent.RemovePropertyIfPresent(name);
        }
    }
}
