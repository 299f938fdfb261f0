using System.Text.Json;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Checks that each element's JSON shape matches whether it repeats: an array only for a repeating element (also
/// for a primitive's <c>_x</c> part), no null in an array of a complex element, and names in their exact case. The
/// SDK's deserializer reads either shape (and any case) silently; only its attribute validator, which the reader
/// turns off for speed, reported the mismatch. One forward pass with <see cref="Utf8JsonReader"/>: no document, no
/// string per property; a path is built only for a finding.
/// </summary>
internal static class JsonShapeCheck
{
    private const int MaxNameLength = 256;

    public static List<Finding>? Check(ReadOnlySpan<byte> body)
    {
        var state = new ShapeWalk();
        var reader = new Utf8JsonReader(body);
        try
        {
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && ResourceMapping(reader) is { } mapping)
            {
                state.Path.Push(new PathSegment(mapping.Name, -1));
                VisitObject(ref reader, mapping, state);
            }
        }
        catch (JsonException)
        {
            // The SDK's reader reports malformed JSON; the shape check only adds to a body it could read.
        }

        return state.Findings;
    }

    private static void VisitObject(ref Utf8JsonReader reader, ClassMapping mapping, ShapeWalk state)
    {
        Span<char> buffer = stackalloc char[MaxNameLength];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var length = reader.HasValueSequence || reader.ValueSpan.Length > MaxNameLength ? -1 : reader.CopyString(buffer);
            reader.Read();
            if (length <= 0)
            {
                reader.Skip();
                continue;
            }

            var name = buffer[..length];
            var isExtensionPart = name[0] == '_';
            var found = ShapeNames.Find(mapping, isExtensionPart ? name[1..] : name);
            if (found.Element is null || found.JsonName == "resourceType")
            {
                reader.Skip();
                continue;
            }

            state.Path.Push(new PathSegment("." + found.JsonName, -1));
            if (!found.IsExactName)
            {
                state.Error(ReaderIssueCodes.UnknownElement, $"Unknown element '{(isExtensionPart ? "_" : "")}{found.JsonName}': element names are case-sensitive, and {mapping.Name} has no element of exactly that name.");
            }
            else
            {
                CheckShape(ref reader, found, isExtensionPart, state);
            }

            reader.Skip();
            state.Path.Pop();
        }
    }

    private static void CheckShape(ref Utf8JsonReader reader, ShapeElement found, bool isExtensionPart, ShapeWalk state)
    {
        var token = reader.TokenType;
        var jsonName = (isExtensionPart ? "_" : "") + found.JsonName;
        if (found.IsCollection && token is JsonTokenType.StartObject or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False)
        {
            state.Error(OperationOutcome.IssueType.Structure, $"The element '{jsonName}' repeats, so its JSON value must be an array.");
        }
        else if (!found.IsCollection && token == JsonTokenType.StartArray)
        {
            state.Error(OperationOutcome.IssueType.Structure, $"The element '{jsonName}' does not repeat, so its JSON value must not be an array.");
        }

        if (isExtensionPart)
        {
            return;
        }

        if (token != JsonTokenType.StartArray)
        {
            VisitItem(ref reader, found, state);
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            state.Path.Push(new PathSegment(null, index++));
            if (reader.TokenType == JsonTokenType.Null && !found.IsPrimitive)
            {
                state.Error(OperationOutcome.IssueType.Structure, "null is not allowed in this array: only the arrays of a primitive element and its '_' part use null, to keep them aligned.");
            }

            VisitItem(ref reader, found, state);
            reader.Skip();
            state.Path.Pop();
        }
    }

    private static void VisitItem(ref Utf8JsonReader reader, ShapeElement found, ShapeWalk state)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return;
        }

        if (found.HoldsResource)
        {
            if (ResourceMapping(reader) is { } resource)
            {
                VisitObject(ref reader, resource, state);
            }
        }
        else if (found.HasObjectChildren)
        {
            VisitObject(ref reader, found.Child!, state);
        }
    }

    /// <summary>The type named by the resourceType of the object the reader is at (wherever in the object it is),
    /// read on a copy of the reader so the caller's position does not move.</summary>
    private static ClassMapping? ResourceMapping(Utf8JsonReader copy)
    {
        var depth = copy.CurrentDepth;
        while (copy.Read() && copy.CurrentDepth > depth)
        {
            if (copy.TokenType == JsonTokenType.PropertyName && copy.CurrentDepth == depth + 1 && copy.ValueTextEquals("resourceType"u8))
            {
                copy.Read();
                return copy.TokenType == JsonTokenType.String ? ModelInfo.ModelInspector.FindClassMapping(copy.GetString()!) : null;
            }

            copy.Skip();
        }

        return null;
    }
}
