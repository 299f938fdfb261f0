using System.Text;
using System.Text.Json;

namespace FhirRecovery.Gateway.Validation;

/// <summary>Reads the envelope of a JSON <c>$validate</c> body: well-formed JSON, an object with a resourceType,
/// and, for a Parameters body with a <c>resource</c> parameter, the resource and profiles it carries.</summary>
internal static class JsonEnvelopeReader
{
    public static ValidateEnvelope? Read(ReadOnlyMemory<byte> body, int maxDepth, out string? problem)
    {
        if (body.Span.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = maxDepth });
        }
        catch (JsonException exception)
        {
            problem = "The body is not valid JSON: " + exception.Message;
            return null;
        }

        using (document)
        {
            try
            {
                var root = document.RootElement;
                if (ResourceTypeOf(root) is not { } resourceType)
                {
                    problem = "The body is not a FHIR resource: a JSON object with a resourceType is expected.";
                    return null;
                }

                if (resourceType != "Parameters" || FindParameter(root, ValidateParameterNames.Resource) is not { } resourceParameter)
                {
                    problem = null;
                    return new ValidateEnvelope(resourceType, body, []);
                }

                if (!resourceParameter.TryGetProperty("resource", out var inner) || ResourceTypeOf(inner) is not { } innerType)
                {
                    problem = "The 'resource' parameter does not hold a resource.";
                    return null;
                }

                problem = null;
                return new ValidateEnvelope(innerType, Encoding.UTF8.GetBytes(inner.GetRawText()), ProfilesOf(root));
            }
            catch (InvalidOperationException)
            {
                // JsonDocument checks structure, not the UTF-8 inside strings; reading such a string throws.
                problem = "The body is not valid JSON: a string holds bytes that are not UTF-8.";
                return null;
            }
        }
    }

    private static string? ResourceTypeOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object
        && element.TryGetProperty("resourceType", out var type) && type.ValueKind == JsonValueKind.String
            ? type.GetString()
            : null;

    private static IEnumerable<JsonElement> Parameters(JsonElement parameters) =>
        parameters.TryGetProperty("parameter", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.Object)
            : [];

    private static JsonElement? FindParameter(JsonElement parameters, string name) =>
        Parameters(parameters).Where(p => NameOf(p) == name).Select(p => (JsonElement?)p).FirstOrDefault();

    private static string? NameOf(JsonElement parameter) =>
        parameter.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;

    private static List<string> ProfilesOf(JsonElement parameters) =>
        [.. Parameters(parameters)
            .Where(p => NameOf(p) == ValidateParameterNames.Profile)
            .Select(p => ValidateParameterNames.ProfileValueTypes
                .Select(t => p.TryGetProperty(t, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .FirstOrDefault(v => v is not null))
            .OfType<string>()];
}
