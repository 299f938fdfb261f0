using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>
/// A test-only endpoint that asks the real <see cref="ITrustGate"/> exactly as a routed write does: POST a collection
/// Bundle holding the Patient and any Consents, with ?event=&amp;type=&amp;receiver= (a directory organisation id).
/// 204 when allowed; otherwise the gate's status and OperationOutcome.
/// </summary>
internal static class TrustProbe
{
    public const string Route = "/test/trust/send";

    public static void Map(WebApplication app) => app.MapPost(Route, async (HttpContext context, ITrustGate gate, IDirectorySource directory) =>
    {
        using var reader = new StreamReader(context.Request.Body);
        var bundle = new FhirJsonDeserializer(new DeserializerSettings { Validator = null }).Deserialize<Bundle>(await reader.ReadToEndAsync());
        var receiver = context.Request.Query["receiver"].ToString();
        var serviceTypes = directory.Current.ServicesOf(receiver).SelectMany(s => s.ServiceTypes).Distinct().ToList();
        var eventCode = context.Request.Query["event"].ToString();
        var request = new SendRequest(eventCode.Length == 0 ? null : eventCode, context.Request.Query["type"].ToString(), receiver, serviceTypes,
            bundle.Entry.Select(e => e.Resource).OfType<Patient>().FirstOrDefault(),
            [.. bundle.Entry.Select(e => e.Resource).OfType<Consent>()]);
        var decision = await gate.AuthorizeSendAsync(context, request, context.RequestAborted);
        return decision.Allowed
            ? Results.NoContent()
            : new FhirRecovery.Gateway.Fhir.FhirResult(decision.StatusCode, decision.Outcome!);
    });
}
