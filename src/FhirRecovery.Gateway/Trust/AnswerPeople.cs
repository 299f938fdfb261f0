using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// Finds the people an owner's answer concerns, before any of it is relayed: the resource itself when it is a Patient,
/// and the Patient each resource's <c>subject</c>, <c>patient</c>, <c>for</c> or <c>beneficiary</c> points to. A search
/// Bundle is taken entry by entry (included Patients count too: they are disclosed as well). References to other kinds
/// of subject (Group, Location, Device) concern no single person and are left out. What cannot be pinned to a person
/// (a display-only subject, a reference to another server) is kept as an unidentified link, so the read is refused.
/// </summary>
internal static partial class AnswerPeople
{
    private static readonly string[] s_personElements = ["subject", "patient", "for", "beneficiary"];

    public static AnswerPeopleResult Find(Resource answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var resources = answer is Bundle bundle
            ? bundle.Entry.Where(e => e.Search?.Mode != Bundle.SearchEntryMode.Outcome).Select(e => e.Resource).OfType<Resource>().ToList()
            : [answer];
        var included = answer is Bundle withIncludes ? IncludedPatients(withIncludes) : [];
        var links = new Dictionary<string, PersonLink>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            if (resource is Patient patient)
            {
                Add(links, PersonLink.Of(patient, "Patient/" + patient.Id));
                continue;
            }

            foreach (var name in s_personElements)
            {
                if (resource.TryGetValue(name, out var value) && value is ResourceReference reference && Resolve(reference, resource, included) is { } link)
                {
                    Add(links, link);
                }
            }
        }

        var consents = resources.OfType<Consent>()
            .Concat(resources.OfType<DomainResource>().SelectMany(r => r.Contained.OfType<Consent>())).ToList();
        return new AnswerPeopleResult([.. links.Values], consents);
    }

    private static PersonLink? Resolve(ResourceReference reference, Resource holder, Dictionary<string, Patient> included)
    {
        var literal = reference.Reference;
        var nhsNumber = reference.Identifier?.System == TrustGate.NhsNumberSystem ? reference.Identifier.Value : null;
        if (!string.IsNullOrEmpty(literal))
        {
            if (literal.StartsWith('#'))
            {
                var contained = (holder as DomainResource)?.Contained.FirstOrDefault(c => c.Id == literal[1..]);
                return contained switch
                {
                    Patient patient => PersonLink.Of(patient, $"{holder.TypeName}/{holder.Id}{literal}"),
                    null => PersonLink.Unidentified(literal),
                    _ => null,
                };
            }

            if (included.TryGetValue(literal, out var found))
            {
                return PersonLink.Of(found, "Patient/" + found.Id);
            }

            if (RelativePatientReference().Match(literal) is { Success: true } match)
            {
                return new PersonLink("Patient/" + match.Groups["id"].Value, null, nhsNumber, "Patient/" + match.Groups["id"].Value);
            }

            // A relative reference to another kind of subject concerns no single person; anything else (an absolute
            // URL of another server) cannot be checked here.
            return RelativeReference().IsMatch(literal) ? null : PersonLink.Unidentified(literal);
        }

        if (nhsNumber is not null)
        {
            return new PersonLink("nhs:" + nhsNumber, null, nhsNumber, null);
        }

        return reference.Type is { Length: > 0 } type && type != "Patient" ? null : PersonLink.Unidentified("unidentified");
    }

    private static Dictionary<string, Patient> IncludedPatients(Bundle bundle)
    {
        var patients = new Dictionary<string, Patient>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is not Patient patient)
            {
                continue;
            }

            patients.TryAdd("Patient/" + patient.Id, patient);
            if (!string.IsNullOrEmpty(entry.FullUrl))
            {
                patients.TryAdd(entry.FullUrl, patient);
            }
        }

        return patients;
    }

    private static void Add(Dictionary<string, PersonLink> links, PersonLink link)
    {
        // The same person reached twice (the CarePlan's subject and the included Patient): keep the richer link.
        if (!links.TryGetValue(link.Key, out var known) || (known.Patient is null && link.Patient is not null))
        {
            links[link.Key] = link;
        }
    }

    [GeneratedRegex(@"^Patient/(?<id>[A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativePatientReference();

    [GeneratedRegex(@"^[A-Z][A-Za-z]+/[A-Za-z0-9\-\.]{1,64}(/_history/[A-Za-z0-9\-\.]{1,64})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RelativeReference();
}

/// <summary>The people of one answer, and the Consents it carries.</summary>
internal sealed record AnswerPeopleResult(IReadOnlyList<PersonLink> People, IReadOnlyList<Consent> Consents);

/// <summary>One person of an answer: their Patient record when the answer holds it, else the reference to read it from the
/// owner, else only an NHS number; all null when the answer does not say who the person is.</summary>
/// <param name="Key">The reference the answer uses for the person (payload Consents are matched by it too).</param>
internal sealed record PersonLink(string Key, Patient? Patient, string? NhsNumber, string? OwnerReference)
{
    public static PersonLink Of(Patient patient, string key) => new(key, patient, TrustGate.NhsNumber(patient), null);

    public static PersonLink Unidentified(string key) => new(key, null, null, null);
}
