using System.Text.Json;
using Serilog.Core;
using Serilog.Events;

namespace FhirRecovery.Gateway.Observability;

/// <summary>
/// The last line of defence against patient data in logs: whatever a log call passes, a FHIR resource or element, a
/// request/response body (bytes, streams, JSON documents) never reaches a sink. Destructured ({@x}) values are replaced
/// by their kind; scalar values ({x}) of those types are replaced after the fact by the enricher half.
/// </summary>
internal sealed class PatientDataRedaction : IDestructuringPolicy, ILogEventEnricher
{
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
    {
        var redacted = Redact(value);
        result = redacted is null ? null! : new ScalarValue(redacted);
        return redacted is not null;
    }

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        foreach (var (name, property) in logEvent.Properties.ToList())
        {
            if (property is ScalarValue { Value: { } value } && Redact(value) is { } redacted)
            {
                logEvent.AddOrUpdateProperty(new LogEventProperty(name, new ScalarValue(redacted)));
            }
        }
    }

    /// <summary>The replacement for a value that may hold patient data, or null when the value is harmless.</summary>
    public static string? Redact(object value) => value switch
    {
        Hl7.Fhir.Model.Resource resource => $"[{resource.TypeName} redacted]",
        Hl7.Fhir.Model.Base element => $"[FHIR {element.TypeName} redacted]",
        byte[] or ReadOnlyMemory<byte> or Memory<byte> or Stream => "[body redacted]",
        JsonDocument or JsonElement or System.Text.Json.Nodes.JsonNode => "[JSON redacted]",
        System.Xml.Linq.XNode => "[XML redacted]",
        _ => null,
    };
}
