using System.Text.Json;

namespace FhirRecovery.Trust.Permissions;

/// <summary>
/// Reads a permissions file ({"send": [SendRule...], "read": [ReadRule...]}) and checks it whole:
/// every problem is gathered and reported at once, so a deployment fixes them in one pass.
/// </summary>
public static class PermissionPolicyLoader
{
    private static readonly JsonSerializerOptions s_options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    public static PermissionPolicy Load(string json, IReadOnlySet<string> knownServiceTypes, out IReadOnlyList<string> problems)
    {
        var errors = new List<string>();
        PermissionsFile? file = null;
        try
        {
            file = JsonSerializer.Deserialize<PermissionsFile>(json, s_options);
        }
        catch (JsonException ex)
        {
            errors.Add($"permissions file is not valid: {ex.Message}");
        }

        var send = file?.Send ?? [];
        var read = file?.Read ?? [];
        for (var i = 0; i < send.Count; i++)
        {
            var rule = send[i];
            Require(errors, $"send[{i}]", rule.FromOrganisations.Count + rule.FromServiceTypes.Count > 0, "names no sender (fromOrganisations or fromServiceTypes)");
            Require(errors, $"send[{i}]", rule.ToServiceTypes.Count > 0, "names no receiving service type (toServiceTypes)");
            Require(errors, $"send[{i}]", rule.MessageEvents.Count + rule.ResourceTypes.Count > 0, "grants nothing (messageEvents or resourceTypes)");
            CheckServiceTypes(errors, $"send[{i}]", rule.FromServiceTypes.Concat(rule.ToServiceTypes), knownServiceTypes);
        }

        for (var i = 0; i < read.Count; i++)
        {
            var rule = read[i];
            Require(errors, $"read[{i}]", rule.FromOrganisations.Count + rule.FromServiceTypes.Count > 0, "names no reader (fromOrganisations or fromServiceTypes)");
            Require(errors, $"read[{i}]", rule.ResourceTypes.Count > 0, "grants no resource type (resourceTypes)");
            Require(errors, $"read[{i}]", rule.OwnerServiceTypes.Count > 0, "names no owning service type (ownerServiceTypes)");
            CheckServiceTypes(errors, $"read[{i}]", rule.FromServiceTypes.Concat(rule.OwnerServiceTypes), knownServiceTypes);
        }

        problems = errors;
        return new PermissionPolicy(send, read);
    }

    private static void Require(List<string> errors, string where, bool condition, string problem)
    {
        if (!condition)
        {
            errors.Add($"{where} {problem}");
        }
    }

    private static void CheckServiceTypes(List<string> errors, string where, IEnumerable<string> codes, IReadOnlySet<string> known)
    {
        foreach (var code in codes.Where(c => c != "*" && !known.Contains(c)).Distinct(StringComparer.Ordinal))
        {
            errors.Add($"{where} names unknown service type '{code}'");
        }
    }

    private sealed record PermissionsFile(IReadOnlyList<SendRule>? Send, IReadOnlyList<ReadRule>? Read);
}
