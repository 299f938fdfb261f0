using System.Globalization;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// A response message as the gateway reads it: <c>MessageHeader.response.identifier</c> names the message answered
/// (the handover's Bundle.identifier value, or its MessageHeader.id), <c>response.code</c> says ok or not, and the
/// first community appointment is the Appointment the response carries.
/// </summary>
internal sealed record AcknowledgementFacts(string RespondsTo, string Code, string? FirstAppointment)
{
    public bool IsOk => Code == "ok";

    public static AcknowledgementFacts? From(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        if (bundle.Entry.FirstOrDefault()?.Resource is not MessageHeader { Response: { Identifier: { Length: > 0 } identifier } response })
        {
            return null;
        }

        var appointment = bundle.Entry.Select(e => e.Resource).OfType<Appointment>()
            .FirstOrDefault(a => a.Status is Appointment.AppointmentStatus.Booked or Appointment.AppointmentStatus.Pending);
        var code = response.Code switch
        {
            MessageHeader.ResponseType.Ok => "ok",
            MessageHeader.ResponseType.TransientError => "transient-error",
            _ => "fatal-error",
        };
        var start = appointment?.Start?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new AcknowledgementFacts(identifier, code, start);
    }
}
