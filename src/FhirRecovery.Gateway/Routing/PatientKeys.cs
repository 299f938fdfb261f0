using System.Security.Cryptography;
using System.Text;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Routing;

/// <summary>
/// The pseudonymous patient key the outbox orders by: HMAC-SHA256 of the NHS number (keyed with the configured
/// secret), or of the subject reference when there is no NHS number. The store and the audit never see the number.
/// </summary>
internal sealed class PatientKeys(IOptions<RoutingOptions> options)
{
    public const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.PatientKeySecret ?? "fhir-recovery-unkeyed");

    public string KeyFor(Patient? patient, ResourceReference? subject)
    {
        var nhsNumber = patient?.Identifier.FirstOrDefault(i => i.System == NhsNumberSystem)?.Value
            ?? (subject?.Identifier?.System == NhsNumberSystem ? subject.Identifier.Value : null);
        var source = nhsNumber is not null ? "nhs:" + nhsNumber : subject?.Reference is { } reference ? "ref:" + reference : null;
        return source is null ? "unknown" : Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(source)))[..32];
    }
}
