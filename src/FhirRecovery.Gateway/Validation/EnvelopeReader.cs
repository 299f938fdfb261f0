using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Validation;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Validation;

/// <summary>Reads a $validate body in either format into a <see cref="ValidateEnvelope"/>, or the 400 that refuses it.</summary>
internal static class EnvelopeReader
{
    public static ValidateEnvelope? Read(byte[] body, FhirFormat format, int maxDepth, out Refusal? refusal)
    {
        refusal = null;
        if (body.Length == 0)
        {
            refusal = new Refusal(FhirErrors.BadRequest(
                "The request body is empty; send a resource, or a Parameters with a 'resource' parameter."), "empty-body");
            return null;
        }

        var envelope = format == FhirFormat.Xml
            ? XmlEnvelopeReader.Read(body, maxDepth, out var problem)
            : JsonEnvelopeReader.Read(body, maxDepth, out problem);
        if (envelope is null)
        {
            refusal = new Refusal(FhirErrors.Unreadable(Outcomes.Fatal(IssueType.Structure, problem ?? "The body could not be read.")), "unreadable");
            return null;
        }

        if (!ResourceTypes.IsKnown(envelope.ResourceType))
        {
            refusal = new Refusal(FhirErrors.BadRequest(
                $"'{envelope.ResourceType}' is not a FHIR R4 resource type.", IssueType.Structure), "unknown-body-type");
            return null;
        }

        return envelope;
    }
}
