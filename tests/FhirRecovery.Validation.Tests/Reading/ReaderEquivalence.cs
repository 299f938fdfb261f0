using System.Collections;
using System.Globalization;
using System.Text;
using FhirRecovery.Validation.Reading;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>
/// Reads a body with both JSON paths of <see cref="ResourceReader"/> and says how they differ: the fast path must
/// either decline, or build what the SDK's reader builds when that reader has nothing to report. "The same" is
/// checked three ways: the SDK's <c>IsExactly</c>, the serialised JSON, and a walk that also compares the .NET
/// type of every node, list and primitive value (IsExactly sees 1.10m and 1.1m, or 1 and 1m, as equal).
/// </summary>
internal static class ReaderEquivalence
{
    private static readonly BaseFhirJsonSerializer Serializer = new(ModelInfo.ModelInspector);

    /// <summary>Null when the paths agree (or the fast path declined, <paramref name="declined"/> then says why), else the difference.</summary>
    public static string? Difference(byte[] body, out string? declined)
    {
        var fast = PocoJsonReader.TryRead(body, out declined);
        if (fast is null)
        {
            return declined is null ? "declined without a reason" : null;
        }

        var sdk = ResourceReader.ReadWithSdk(body, FhirFormat.Json);
        if (sdk.Resource is null || sdk.IsUnreadable)
        {
            return "accepted, but the SDK's reader finds it unreadable";
        }

        if (sdk.Findings.Count > 0)
        {
            return "accepted, but the SDK's reader reports: " + string.Join("; ", sdk.Findings.Select(f => $"{f.Expression}: {f.Message}"));
        }

        if (!sdk.Resource.IsExactly(fast))
        {
            return "IsExactly is false";
        }

        var walk = new List<string>();
        Walk(sdk.Resource, fast, sdk.Resource.TypeName, walk);
        if (walk.Count > 0)
        {
            return string.Join("; ", walk.Take(5));
        }

        return Serialize(sdk.Resource) == Serialize(fast) ? null : "the serialised JSON differs";
    }

    public static string Serialize(Resource resource)
    {
        using var stream = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(stream))
        {
            Serializer.Serialize(resource, writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Walk(object expected, object actual, string path, List<string> differences)
    {
        if (expected.GetType() != actual.GetType())
        {
            differences.Add($"{path}: {actual.GetType().Name} where the SDK has {expected.GetType().Name}");
            return;
        }

        switch (expected)
        {
            case IList expectedList:
                var actualList = (IList)actual;
                if (expectedList.Count != actualList.Count)
                {
                    differences.Add($"{path}: {actualList.Count} items where the SDK has {expectedList.Count}");
                    return;
                }

                for (var i = 0; i < expectedList.Count; i++)
                {
                    WalkOrNull(expectedList[i], actualList[i], $"{path}[{i}]", differences);
                }

                break;
            case Base node:
                var expectedElements = node.EnumerateElements().ToList();
                var actualElements = ((Base)actual).EnumerateElements().ToList();
                if (!expectedElements.Select(e => e.Key).SequenceEqual(actualElements.Select(e => e.Key)))
                {
                    differences.Add($"{path}: elements [{string.Join(",", actualElements.Select(e => e.Key))}] where the SDK has [{string.Join(",", expectedElements.Select(e => e.Key))}]");
                    return;
                }

                for (var i = 0; i < expectedElements.Count; i++)
                {
                    WalkOrNull(expectedElements[i].Value, actualElements[i].Value, $"{path}.{expectedElements[i].Key}", differences);
                }

                if (node is PrimitiveType primitive)
                {
                    WalkOrNull(primitive.JsonValue, ((PrimitiveType)actual).JsonValue, path + "(JsonValue)", differences);
                }

                break;
            default:
                var expectedText = Convert.ToString(expected, CultureInfo.InvariantCulture);
                var actualText = Convert.ToString(actual, CultureInfo.InvariantCulture);
                if (expectedText != actualText)
                {
                    differences.Add($"{path}: '{actualText}' where the SDK has '{expectedText}'");
                }

                break;
        }
    }

    private static void WalkOrNull(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {(actual is null ? "null" : "a value")} where the SDK has {(expected is null ? "null" : "a value")}");
            }

            return;
        }

        Walk(expected, actual, path, differences);
    }
}
