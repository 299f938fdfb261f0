using Serilog.Core;
using Serilog.Events;

namespace FhirRecovery.Gateway.Observability;

/// <summary>Stamps the request's ids on every event logged while it runs. It overwrites rather than adds:
/// ASP.NET Core's hosting scope has already put Kestrel's own connection-based RequestId on the event,
/// and the id the caller sees in X-Request-ID is the one that must be searchable.</summary>
internal sealed class CorrelationEnricher(CorrelationIds ids) : ILogEventEnricher
{
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        logEvent.AddOrUpdateProperty(new LogEventProperty("RequestId", new ScalarValue(ids.RequestId)));
        logEvent.AddOrUpdateProperty(new LogEventProperty("CorrelationId", new ScalarValue(ids.CorrelationId)));
    }
}
