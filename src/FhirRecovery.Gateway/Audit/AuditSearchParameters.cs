using System.Globalization;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>Reads <c>GET /AuditEvent</c>'s search parameters: <c>date</c> (repeatable, prefixes ge, le, gt, lt, or a
/// plain date or dateTime), <c>entity</c> (a message, endpoint, organisation or sender id, with or without a type
/// prefix), <c>outcome</c> (0, 4, 8, 12) and <c>_count</c>.</summary>
internal static class AuditSearchParameters
{
    public static bool TryRead(IQueryCollection query, out AuditQuery result, out string problem)
    {
        DateTimeOffset? from = null, to = null;
        result = new AuditQuery(null, null, null, null, 100);
        foreach (var value in query["date"].OfType<string>())
        {
            var prefix = value.Length > 2 && char.IsLetter(value[0]) ? value[..2] : "eq";
            var text = prefix == "eq" ? value : value[2..];
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                problem = $"The date parameter '{value}' is not a FHIR date or dateTime with an optional ge/le/gt/lt prefix.";
                return false;
            }

            switch (prefix)
            {
                case "ge" or "gt": from = at; break;
                case "le" or "lt": to = at; break;
                case "eq": from = at; to = text.Length <= 10 ? at.AddDays(1) : at; break;
                default: problem = $"The date prefix '{prefix}' is not supported; use ge, le, gt or lt."; return false;
            }
        }

        string? entity = query["entity"].FirstOrDefault() is { Length: > 0 } e ? e[(e.LastIndexOf('/') + 1)..] : null;
        AuditOutcome? outcome = null;
        if (query["outcome"].FirstOrDefault() is { Length: > 0 } o)
        {
            if (!int.TryParse(o, NumberStyles.None, CultureInfo.InvariantCulture, out var code) || !Enum.IsDefined((AuditOutcome)code))
            {
                problem = "The outcome parameter must be 0, 4, 8 or 12.";
                return false;
            }

            outcome = (AuditOutcome)code;
        }

        var limit = int.TryParse(query["_count"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Math.Clamp(count, 1, 1000) : 100;
        result = new AuditQuery(from, to, entity, outcome, limit);
        problem = string.Empty;
        return true;
    }
}
