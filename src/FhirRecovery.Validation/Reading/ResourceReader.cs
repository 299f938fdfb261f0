using System.Text.Json;
using System.Xml;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Reads a JSON or XML body with the SDK's deserializers through the Try API, which collects every syntax
/// problem (with its instance path and line) instead of stopping at the first. Bodies that
/// are not JSON/XML, not a resource, or of an unknown resource type are unreadable (HTTP 400); anything else
/// read is handed to the checks, with the reader's findings (HTTP 422 when they are errors). Valid JSON takes the
/// fast <see cref="PocoJsonReader"/> first, which builds the same POCOs or declines (see README.md here).
/// </summary>
internal static partial class ResourceReader
{
    // Codes meaning "this is not a FHIR resource at all" rather than "an invalid resource".
    private static readonly HashSet<string> UnreadableCodes = ["JSON101", "JSON102", "JSON103", "JSON104", "PVAL130", "XML101", "XML102", "XML103", "XML104", "XML105", "XML106"];

    // Validator = null: the SDK's attribute validation roughly doubles the time and the memory of reading, and
    // repeats what the compiled checks do (formats, JSON types, enums, unknown elements from overflow).
    private static readonly FhirJsonDeserializer Json = new(new DeserializerSettings { Validator = null });
    private static readonly FhirXmlDeserializer Xml = new(new DeserializerSettings { Validator = null });

    // DTDs are prohibited: a DOCTYPE or entity in a FHIR XML body is an attack (entity expansion, XXE) or a mistake.
    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    // JSON is limited by Utf8JsonReader (64 by default); XmlReader has no limit, and the SDK reads recursively.
    private const int MaxDepth = 64;

    /// <summary>Reads a body: valid JSON through the fast <see cref="PocoJsonReader"/> (no findings, by its contract),
    /// anything it declines and all XML through the SDK's reader.</summary>
    public static ReadResult Read(ReadOnlySpan<byte> body, FhirFormat format) =>
        format == FhirFormat.Json && PocoJsonReader.TryRead(body) is { } resource
            ? new ReadResult(resource, [], IsUnreadable: false)
            : ReadWithSdk(body, format);

    /// <summary>The SDK's reader, with every finding; the reference the fast path is tested against.</summary>
    internal static ReadResult ReadWithSdk(ReadOnlySpan<byte> body, FhirFormat format)
    {
        try
        {
            Resource? resource;
            IEnumerable<CodedException>? problems;
            if (format == FhirFormat.Json)
            {
                var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
                Json.TryDeserializeResource(ref reader, out resource, out problems);
            }
            else
            {
                var bytes = body.ToArray();
                if (MaxXmlDepthExceeded(bytes))
                {
                    return Unreadable($"The XML body nests elements more than {MaxDepth} deep.");
                }

                using var stream = new MemoryStream(bytes);
                using var reader = XmlReader.Create(stream, XmlSettings);
                Xml.TryDeserializeResource(reader, out resource, out problems);
            }

            var read = Interpret(resource, problems?.ToList() ?? []);
            read = format == FhirFormat.Xml ? XmlRawChecks.Check(read, body) : read;
            if (format == FhirFormat.Json && !read.IsUnreadable)
            {
                if (JsonShapeCheck.Check(body) is { } shapeFindings)
                {
                    read = read with { Findings = [.. read.Findings, .. shapeFindings] };
                }
            }

            if (read.Resource is { } readResource && read.Findings.Count > 0)
            {
                NullItemRemover.Remove(readResource);
            }

            return read;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // JsonException, XmlException (DTD prohibited), InvalidOperationException (not an object), and whatever
            // else the SDK throws on a body it cannot read: all mean the body is not a readable FHIR resource.
            return Unreadable(format == FhirFormat.Json ? "The body is not valid JSON for a FHIR resource: " + e.Message
                : "The body is not valid XML for a FHIR resource: " + e.Message);
        }
    }

    private static ReadResult Interpret(Resource? resource, List<CodedException> problems)
    {
        var unreadable = problems.FirstOrDefault(p => UnreadableCodes.Contains(p.ErrorCode));
        if (resource is null || unreadable is not null || resource is DynamicResource)
        {
            return Unreadable(unreadable?.Message ?? (resource is DynamicResource dynamic
                ? $"Unknown resource type '{dynamic.DynamicTypeName}': the body is not a FHIR R4 resource."
                : "The body is not a FHIR resource."));
        }

        var findings = problems.Where(p => !IsEmptyResource(p)).Select(p => ToFinding(resource, p)).ToList();

        return new ReadResult(resource, findings, IsUnreadable: false);
    }

    /// <summary>JSON120 ("an object needs at least one property") on a resource that has only its resourceType: the
    /// SDK does not count resourceType, but such a resource is valid JSON (ele-1 does not apply to resources).</summary>
    private static bool IsEmptyResource(CodedException problem) =>
        problem is ExtendedCodedException { ErrorCode: "JSON120", InstancePath: { } path }
        && (path == "$this" || path.EndsWith(".resource", StringComparison.Ordinal) || ContainedItem().IsMatch(path));

    [System.Text.RegularExpressions.GeneratedRegex(@"\.contained\[\d+\]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ContainedItem();

    private static Finding ToFinding(Resource resource, CodedException problem)
    {
        var extended = problem as ExtendedCodedException;
        var expression = FhirPathFromInstancePath.Translate(resource, extended?.InstancePath);
        var severity = extended?.IssueSeverity switch
        {
            Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Warning => OperationOutcome.IssueSeverity.Warning,
            Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Information => OperationOutcome.IssueSeverity.Information,
            _ => OperationOutcome.IssueSeverity.Error,
        };
        return new Finding(severity, ReaderIssueCodes.For(problem), problem.Message, expression);
    }

    private static ReadResult Unreadable(string message) =>
        new(null, [new Finding(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Structure, message, "")], IsUnreadable: true);

    private static bool MaxXmlDepthExceeded(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, XmlSettings);
        while (reader.Read())
        {
            if (reader.Depth > MaxDepth)
            {
                return true;
            }
        }

        return false;
    }
}
