namespace FhirRecovery.Gateway.Audit;

/// <summary>Marks the operators' endpoints (audit search, dead letters, replay) so that authorisation can demand the
/// operator scope for them. The endpoints carry it through their route group; they also carry the tag "operator".</summary>
internal sealed class OperatorEndpointMetadata
{
    public const string Tag = "operator";

    public static OperatorEndpointMetadata Instance { get; } = new();
}
