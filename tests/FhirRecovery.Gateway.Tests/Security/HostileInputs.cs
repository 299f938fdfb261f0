using System.Text;
using System.Text.Json.Nodes;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>Generates mutated requests from the guide's examples: truncations, wrong types, oversized values, odd
/// encodings (BOMs, invalid UTF-8, UTF-16), deep nesting, byte flips, and header abuse. Seeded, so a failure repeats.</summary>
internal sealed class HostileInputs(int seed, IReadOnlyList<string> examples)
{
    private static readonly string[] _paths = ["/$validate", "/Patient/$validate", "/Bundle/$validate", "/Consent", "/$process-message"];
    private static readonly string[] _contentTypes =
        ["application/fhir+json", "application/json", "application/fhir+xml", "text/plain", "application/x-www-form-urlencoded",
         "application/fhir+json; charset=utf-16", "application/fhir+json; fhirVersion=9.9", "multipart/form-data; boundary=x", "garbage/;;", ""];
    private static readonly string?[] _accepts =
        [null, "application/fhir+json", "application/fhir+xml", "text/html", "*/garbage", "application/fhir+json;q=abc", "image/png", ",,,", "*/*"];

    private readonly Random _random = new(seed);

    public sealed record Request(string Path, byte[] Body, string ContentType, string? Accept, (string Name, string Value)? ExtraHeader, string Mutation);

    public Request Next()
    {
        var example = examples[_random.Next(examples.Count)];
        var mutation = _random.Next(10);
        var (body, name) = mutation switch
        {
            0 => (Truncate(example), "truncate"),
            1 => (Encoding.UTF8.GetBytes(WrongType(example)), "wrong-type"),
            2 => (Encoding.UTF8.GetBytes(Oversized(example)), "oversized"),
            3 => ([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(example)], "bom"),
            4 => (InvalidUtf8(example), "invalid-utf8"),
            5 => (Encoding.Unicode.GetBytes(example), "utf16"),
            6 => (Encoding.UTF8.GetBytes(Nest(example)), "deep-nesting"),
            7 => (FlipBytes(example), "byte-flips"),
            8 => (Encoding.UTF8.GetBytes(example), "header-abuse"),
            _ => (Encoding.UTF8.GetBytes(WrongType(WrongType(example))), "wrong-types"),
        };
        var abuseHeaders = mutation == 8 || _random.Next(8) == 0;
        var contentType = abuseHeaders ? _contentTypes[_random.Next(_contentTypes.Length)] : "application/fhir+json";
        var accept = abuseHeaders ? _accepts[_random.Next(_accepts.Length)] : null;
        (string, string)? extra = abuseHeaders && _random.Next(3) == 0 ? HugeHeader() : null;
        return new Request(_paths[_random.Next(_paths.Length)], body, contentType, accept, extra, name);
    }

    private (string, string) HugeHeader() => _random.Next(3) switch
    {
        0 => ("X-Request-ID", new string('r', 12_000)),
        1 => ("X-Consent-Override", "legal-duty" + new string('x', 8000)),
        _ => ("Prefer", "respond-async, " + new string(';', 10_000)),
    };

    private byte[] Truncate(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        return bytes[.._random.Next(bytes.Length)];
    }

    private string WrongType(string json)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = new List<(JsonNode Parent, object Key)>();
        Collect(root, nodes);
        if (nodes.Count == 0)
        {
            return json;
        }

        var (parent, key) = nodes[_random.Next(nodes.Count)];
        JsonNode? replacement = _random.Next(7) switch
        {
            0 => JsonValue.Create(_random.Next()),
            1 => JsonValue.Create(true),
            2 => null,
            3 => new JsonArray(),
            4 => new JsonObject { ["resourceType"] = "Patient" },
            5 => JsonValue.Create("\u0000\uFFFF\uD800"),
            _ => JsonValue.Create(-1.5e308),
        };
        if (parent is JsonObject o)
        {
            o[(string)key] = replacement;
        }
        else
        {
            ((JsonArray)parent)[(int)key] = replacement;
        }

        return root.ToJsonString();
    }

    private string Oversized(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var size = _random.Next(3) == 0 ? 400_000 : _random.Next(1_000, 60_000);
        root["id"] = new string('9', size);
        root["extension"] = new JsonArray([.. Enumerable.Range(0, _random.Next(1, 2_000)).Select(i =>
            (JsonNode)new JsonObject { ["url"] = "http://x/" + i, ["valueString"] = "v" })]);
        return root.ToJsonString();
    }

    private byte[] InvalidUtf8(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        for (var i = 0; i < 1 + _random.Next(5); i++)
        {
            bytes.Insert(_random.Next(bytes.Count), (byte)(0x80 + _random.Next(0x7F)));
        }

        return [.. bytes];
    }

    private string Nest(string json)
    {
        var depth = _random.Next(50, 5_000);
        return string.Concat(Enumerable.Repeat("{\"a\":[", depth)) + json + string.Concat(Enumerable.Repeat("]}", depth));
    }

    private byte[] FlipBytes(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var i = 0; i < 1 + _random.Next(20); i++)
        {
            bytes[_random.Next(bytes.Length)] = (byte)_random.Next(256);
        }

        return bytes;
    }

    private static void Collect(JsonNode node, List<(JsonNode, object)> into)
    {
        if (node is JsonObject o)
        {
            foreach (var (key, child) in o.ToList())
            {
                into.Add((o, key));
                if (child is not null)
                {
                    Collect(child, into);
                }
            }
        }
        else if (node is JsonArray a)
        {
            for (var i = 0; i < a.Count; i++)
            {
                into.Add((a, i));
                if (a[i] is { } child)
                {
                    Collect(child, into);
                }
            }
        }
    }
}
