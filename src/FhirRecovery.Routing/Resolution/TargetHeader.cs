using System.Text;
using System.Text.Json;

namespace FhirRecovery.Routing.Resolution;

/// <summary>
/// The BaRS-style target header: base64 of a JSON object <c>{"system": ..., "value": ...}</c> naming the receiver
/// by an identifier (an ODS code or a HealthcareService identifier).
/// </summary>
public static class TargetHeader
{
    /// <summary>The header name the gateway reads, after BaRS's NHSD-Target-Identifier.</summary>
    public const string Name = "NHSD-Target-Identifier";

    /// <summary>Reads the header value. Returns false with a reason when it is not base64 of {system, value}.</summary>
    public static bool TryParse(string? headerValue, out TargetIdentifier identifier, out string reason)
    {
        identifier = default;
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            reason = "The target header is empty.";
            return false;
        }

        byte[] json;
        try
        {
            json = Convert.FromBase64String(headerValue.Trim());
        }
        catch (FormatException)
        {
            reason = "The target header is not base64.";
            return false;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !TryGetString(root, "system", out var system)
                || !TryGetString(root, "value", out var value))
            {
                reason = "The target header must be a JSON object with string 'system' and 'value'.";
                return false;
            }

            identifier = new TargetIdentifier(system, value);
            reason = string.Empty;
            return true;
        }
        catch (JsonException)
        {
            reason = "The target header is not JSON once decoded from base64.";
            return false;
        }
    }

    /// <summary>Builds a header value: senders and tests use it.</summary>
    public static string Format(string system, string value) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string> { ["system"] = system, ["value"] = value })));

    private static bool TryGetString(JsonElement root, string name, out string value)
    {
        value = root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString()! : string.Empty;
        return value.Length > 0;
    }
}
