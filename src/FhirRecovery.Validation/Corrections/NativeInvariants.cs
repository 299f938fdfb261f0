using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Corrections;

/// <summary>
/// Native evaluation of the core invariants that run on (nearly) every resource or extension, so the common
/// case does not pay for FHIRPath. Each returns true/false when it can decide, or null to fall back to the
/// published FHIRPath (kept as the reference). Applied only where the published expression is the one
/// listed, like <see cref="InvariantCorrections"/>.
/// </summary>
internal static class NativeInvariants
{
    private static readonly Dictionary<string, (string Published, Func<Base, bool?> Evaluate)> ByKey = new(StringComparer.Ordinal)
    {
        // dom-2..dom-5 only constrain contained resources: with none, they hold.
        ["dom-2"] = ("contained.contained.empty()", value => NoContained(value) ? true : null),
        ["dom-3"] = ("*", value => NoContained(value) ? true : null),
        ["dom-4"] = ("contained.meta.versionId.empty() and contained.meta.lastUpdated.empty()", value => NoContained(value) ? true : null),
        ["dom-5"] = ("contained.meta.security.empty()", value => NoContained(value) ? true : null),
        // dom-6 (best practice): "text.`div`.exists()".
        ["dom-6"] = ("text.`div`.exists()", value => value is DomainResource resource ? resource.Text?.Div is { Length: > 0 } : null),
        // ext-1: "extension.exists() != value.exists()" - an extension has either a value or nested extensions.
        ["ext-1"] = ("extension.exists() != value.exists()", value => value is Extension extension ? extension.Extension.Count > 0 != (extension.Value is not null) : null),
        // Bundle-level rules that visit every entry: in FHIRPath they cost tens of KB per entry.
        ["bdl-1"] = ("total.empty() or (type = 'searchset') or (type = 'history')",
            value => value is Bundle bundle && CodeText.BundleType(bundle) is { } type ? bundle.Total is null || type is "searchset" or "history" : null),
        ["bdl-2"] = ("entry.search.empty() or (type = 'searchset')",
            value => value is Bundle bundle && CodeText.BundleType(bundle) is { } type ? type == "searchset" || bundle.Entry.TrueForAll(e => e.Search is null) : null),
        ["bdl-3"] = ("entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))",
            value => value is Bundle bundle && CodeText.BundleType(bundle) is { } type
                ? bundle.Entry.TrueForAll(e => e.Request is not null == type is "batch" or "transaction" or "history")
                : null),
        ["bdl-4"] = ("entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))",
            value => value is Bundle bundle && CodeText.BundleType(bundle) is { } type
                ? bundle.Entry.TrueForAll(e => e.Response is not null == type is "batch-response" or "transaction-response" or "history")
                : null),
        // Per Bundle entry: run a thousand times in a Bundle of a thousand.
        ["bdl-5"] = ("resource.exists() or request.exists() or response.exists()",
            value => value is Bundle.EntryComponent entry ? entry.Resource is not null || entry.Request is not null || entry.Response is not null : null),
        ["bdl-8"] = ("fullUrl.exists() implies fullUrl.contains('/_history/').not()",
            value => value is Bundle.EntryComponent entry ? !(entry.FullUrl?.Contains("/_history/", StringComparison.Ordinal) ?? false) : null),
        // Per Observation.
        ["obs-6"] = ("dataAbsentReason.empty() or value.empty()", value => value is Observation o ? o.DataAbsentReason is null || o.Value is null : null),
        ["obs-7"] = ("value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()",
            value => value is Observation o && (o.Value is null || o.Component.Count == 0) ? true : null),
    };

    public static Func<Base, bool?>? For(string key, string expression) =>
        ByKey.TryGetValue(key, out var entry) && (entry.Published == "*" || entry.Published == expression) ? entry.Evaluate : null;

    private static bool NoContained(Base value) => value is DomainResource { Contained.Count: 0 };
}
