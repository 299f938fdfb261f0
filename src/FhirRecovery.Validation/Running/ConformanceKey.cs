using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// What decides whether a reference target conforms to a profile within one run: the target (by identity), the
/// profile, how deep the check starts (deeper chains stop checking target profiles), the resource that contains
/// the target (when contained) and the Bundle it is resolved in. The same key always gives the same answer.
/// </summary>
internal readonly struct ConformanceKey(Resource target, string profile, int depth, Resource? containedHost, BundleIndex? bundle) : IEquatable<ConformanceKey>
{
    private readonly Resource _target = target;
    private readonly string _profile = profile;
    private readonly int _depth = depth;
    private readonly Resource? _containedHost = containedHost;
    private readonly BundleIndex? _bundle = bundle;

    public bool Equals(ConformanceKey other) =>
        ReferenceEquals(_target, other._target) && string.Equals(_profile, other._profile, StringComparison.Ordinal) && _depth == other._depth
        && ReferenceEquals(_containedHost, other._containedHost) && ReferenceEquals(_bundle, other._bundle);

    public override bool Equals(object? obj) => obj is ConformanceKey other && Equals(other);

    public override int GetHashCode() =>
        HashCode.Combine(RuntimeHelpers.GetHashCode(_target), StringComparer.Ordinal.GetHashCode(_profile), _depth,
            _containedHost is null ? 0 : RuntimeHelpers.GetHashCode(_containedHost), _bundle is null ? 0 : RuntimeHelpers.GetHashCode(_bundle));
}
