using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// What the pathways add to the sender's status resource: for a release handover, <c>handover-state</c>
/// (awaiting-acknowledgement, acknowledged, not-accepted, superseded), the acknowledgement and first appointment, the
/// flag when it was unacknowledged too close to release, and superseding; for any message, a <c>review-flag</c> per
/// review finding (parts <c>code</c> and <c>text</c>). A handover withheld because it was superseded shows the
/// outbox state <c>superseded</c> and no receiver answer: it was never sent.
/// </summary>
internal static class PathwayStatus
{
    public const string UnacknowledgedFlag = "unacknowledged-before-release";

    public static void AddTo(Parameters parameters, HandoverRecord? handover, IReadOnlyList<ReviewFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(findings);
        if (handover is not null)
        {
            AddHandover(parameters, handover);
        }

        foreach (var finding in findings)
        {
            parameters.Parameter.Add(new Parameters.ParameterComponent
            {
                Name = "review-flag",
                Part =
                [
                    new Parameters.ParameterComponent { Name = "code", Value = new Code(finding.Code) },
                    new Parameters.ParameterComponent { Name = "text", Value = new FhirString(finding.Text) },
                ],
            });
        }
    }

    private static void AddHandover(Parameters parameters, HandoverRecord handover)
    {
        if (handover.WithheldAt is not null)
        {
            parameters.Parameter.RemoveAll(p => p.Name is "state" or "receiver-status" or "receiver-response" or "delivered");
            parameters.Parameter.Insert(1, new Parameters.ParameterComponent { Name = "state", Value = new Code("superseded") });
        }

        var state = handover.SupersededBy is not null ? "superseded"
            : handover.IsAcknowledged ? "acknowledged"
            : handover.AcknowledgedAt is not null ? "not-accepted"
            : "awaiting-acknowledgement";
        parameters.Add("handover-state", new Code(state));
        Optional(parameters, "acknowledged", handover.AcknowledgedAt is { } at ? new FhirDateTime(at) : null);
        Optional(parameters, "acknowledgement-code", handover.AcknowledgementCode is { } code ? new Code(code) : null);
        Optional(parameters, "first-appointment", handover.FirstAppointment is { } start ? new FhirDateTime(start) : null);
        Optional(parameters, "superseded-by", handover.SupersededBy is { } newer ? new FhirString(newer) : null);
        if (handover.FlaggedAt is { } flagged)
        {
            parameters.Add("handover-flag", new Code(UnacknowledgedFlag));
            parameters.Add("flagged", new FhirDateTime(flagged));
        }
    }

    private static void Optional(Parameters parameters, string name, DataType? value)
    {
        if (value is not null)
        {
            parameters.Add(name, value);
        }
    }
}
