using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>
/// The guide's valid examples, SUSHI's resources and the corpus cases, each changed in one place in many ways (a value made null, empty, of another JSON type,
/// wrapped in or taken out of an array; a name in another case, with '_', removed; a resourceType or a '_' part
/// added): whatever the change, the fast reader must build what the SDK's reader builds, or decline. A fixed seed,
/// so a failure names a mutation that can be replayed.
/// </summary>
public sealed class PocoJsonReaderMutationTests(ITestOutputHelper output)
{
    private const int MutationsPerInstance = 8;

    private static readonly Func<JsonNode?, JsonNode?>[] Replacements =
    [
        _ => null,
        _ => JsonValue.Create(""),
        _ => JsonValue.Create("x"),
        _ => JsonValue.Create(0),
        _ => JsonValue.Create(2147483648L),
        _ => JsonValue.Create(1.5m),
        _ => JsonValue.Create(true),
        _ => new JsonArray(),
        _ => new JsonObject(),
        _ => new JsonObject { ["id"] = "x" },
        value => new JsonArray(value?.DeepClone()),
        value => value is JsonArray { Count: > 0 } array ? array[0]?.DeepClone() : value?.DeepClone(),
        value => value is JsonArray array ? new JsonArray([.. array.Select(i => i?.DeepClone()), null]) : null,
    ];

    [Fact]
    public void TryRead_MutatedInstances_SameAsSdkOrDeclined()
    {
        var random = new Random(20261123);
        var differences = new List<string>();
        var accepted = 0;
        var mutations = 0;
        var files = RepositoryFiles.Json("profiles/examples/valid")
            .Concat(RepositoryFiles.Json("artifacts/fhir/ig/sushi/fsh-generated/resources"))
            .Concat(RepositoryFiles.Json("conformance/corpus/cases"))
            .ToList();
        foreach (var file in files)
        {
            var original = File.ReadAllText(file);
            if (!IsJsonObject(original))
            {
                continue;
            }

            for (var i = 0; i < MutationsPerInstance; i++)
            {
                mutations++;
                var root = JsonNode.Parse(original)!;
                var description = Mutate(root, random);
                var difference = ReaderEquivalence.Difference(Encoding.UTF8.GetBytes(root.ToJsonString()), out var declined);
                if (difference is not null)
                {
                    differences.Add($"{RepositoryFiles.Relative(file)} #{i} ({description}): {difference}");
                }
                else if (declined is null)
                {
                    accepted++;
                }
            }
        }

        output.WriteLine($"{mutations} mutations, {accepted} accepted by the fast path");
        Assert.Empty(differences);
        Assert.InRange(accepted, 1, mutations - 1);
    }

    private static bool IsJsonObject(string json)
    {
        // Files with duplicate names (corpus cases) parse lazily and throw on first use: leave them out.
        try
        {
            var node = JsonNode.Parse(json);
            Collect(node!, []);
            return node is JsonObject;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            return false;
        }
    }

    private static string Mutate(JsonNode root, Random random)
    {
        var places = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root, places);
        var (parent, key, index) = places[random.Next(places.Count)];
        var value = key is not null ? parent[key] : parent[index];
        switch (random.Next(6))
        {
            case 0 when key is not null && key != "resourceType":
                var renamed = random.Next(3) switch { 0 => char.ToUpperInvariant(key[0]) + key[1..], 1 => "_" + key, _ => key + "x" };
                var obj = parent.AsObject();
                obj.Remove(key);
                obj[renamed] = value;
                return $"{key} renamed {renamed}";
            case 1 when key is not null && key != "resourceType":
                parent.AsObject().Remove(key);
                return $"{key} removed";
            case 2 when parent is JsonObject target:
                target["resourceType"] ??= "Patient";
                return "resourceType added";
            case 3 when key is not null && !key.StartsWith('_') && parent is JsonObject owner:
                owner["_" + key] = value is JsonArray array
                    ? new JsonArray([.. array.Select(_ => (JsonNode?)new JsonObject { ["id"] = "x" }).Take(random.Next(array.Count + 2))])
                    : new JsonObject { ["extension"] = new JsonArray(new JsonObject { ["url"] = "http://e.org/x", ["valueBoolean"] = true }) };
                return $"_{key} added";
            default:
                var replacement = random.Next(Replacements.Length);
                var replaced = Replacements[replacement](value);
                if (key is not null)
                {
                    parent[key] = replaced;
                }
                else
                {
                    parent[index] = replaced;
                }

                return $"{key ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)} replaced ({replacement})";
        }
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    places.Add((obj, name, -1));
                    if (child is not null)
                    {
                        Collect(child, places);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    places.Add((array, null, i));
                    if (array[i] is { } item)
                    {
                        Collect(item, places);
                    }
                }

                break;
        }
    }
}
