using FhirRecovery.Gateway.Observability;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Consent;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// Turns the people of an owner's answer into what the trust gate decides on: NHS number, registered practice and the
/// answer's own Consents about them. The registered practice comes from the owner's Patient record: taken from the
/// answer when the owner put it there (contained, or <c>_include</c>d in a search), else read from the owner.
/// </summary>
internal sealed class ReadSubjectResolver(OwnerPatientReader owner)
{
    /// <summary>At most this many Patient reads per answer: a search touching more people must include its Patients
    /// (<c>_include=...:subject</c>) or be narrowed; the people beyond it stay unidentified, so the read is refused.</summary>
    public const int MaxOwnerReads = 20;

    public async Task<IReadOnlyList<ReadSubject>> ResolveAsync(AnswerPeopleResult people, DirectoryEndpoint endpoint, CorrelationIds ids,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var subjects = new List<ReadSubject>();
        var reads = 0;
        foreach (var link in people.People)
        {
            var patient = link.Patient;
            if (patient is null && link.OwnerReference is { } reference && reads++ < MaxOwnerReads)
            {
                patient = await owner.ReadAsync(endpoint, reference, ids, cancellationToken);
            }

            var nhsNumber = TrustGate.NhsNumber(patient) ?? link.NhsNumber;
            if (link.NhsNumber is not null && nhsNumber != link.NhsNumber)
            {
                // The reference and the record disagree about who this is: decide on neither.
                nhsNumber = null;
            }

            subjects.Add(new ReadSubject(nhsNumber, RegisteredPractices(patient),
                [.. people.Consents.Where(c => IsAbout(c, link.Key, nhsNumber))]));
        }

        return subjects;
    }

    /// <summary>Only an ODS identifier on <c>Patient.generalPractitioner</c> counts: a literal reference is an id on the
    /// owner's server, which need not be the routing directory's id for the same practice.</summary>
    private static List<string> RegisteredPractices(Patient? patient) =>
        patient?.GeneralPractitioner
            .Select(g => g.Identifier)
            .Where(i => i?.System == ConsentEvaluator.OdsSystem && !string.IsNullOrWhiteSpace(i.Value))
            .Select(i => i!.Value!).Distinct(StringComparer.Ordinal).ToList() ?? [];

    private static bool IsAbout(Consent consent, string key, string? nhsNumber) =>
        consent.Patient is { } person
        && ((nhsNumber is not null && person.Identifier?.System == TrustGate.NhsNumberSystem && person.Identifier.Value == nhsNumber)
            || person.Reference == key);
}
