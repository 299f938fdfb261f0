using FhirRecovery.Gateway.Trust;
using Hl7.Fhir.Serialization;
using Resource = Hl7.Fhir.Model.Resource;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>Who an owner's answer is about: the cases the proxied-read decision rests on.</summary>
public sealed class AnswerPeopleTests
{
    private const string Nhs = "9991000003";
    private const string OdsPractice = """{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"FRG01"}}""";

    [Fact]
    public void Find_ContainedPatient_IsThePersonWithNhsNumber()
    {
        var people = AnswerPeople.Find(Parse($$$"""
            {"resourceType":"CarePlan","id":"c","status":"active","intent":"plan","subject":{"reference":"#p"},
             "contained":[{"resourceType":"Patient","id":"p","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{{Nhs}}}"}],"generalPractitioner":[{{{OdsPractice}}}]}]}
            """));

        var person = Assert.Single(people.People);
        Assert.Equal(Nhs, person.NhsNumber);
        Assert.NotNull(person.Patient);
    }

    [Fact]
    public void Find_RelativePatientReference_IsToBeReadFromTheOwner()
    {
        var person = Assert.Single(AnswerPeople.Find(Parse("""
            {"resourceType":"CarePlan","id":"c","status":"active","intent":"plan","subject":{"reference":"Patient/p1"}}
            """)).People);

        Assert.Equal("Patient/p1", person.OwnerReference);
        Assert.Null(person.Patient);
    }

    [Fact]
    public void Find_SearchsetWithIncludedPatient_UsesTheIncludedRecordAndCountsEachPersonOnce()
    {
        var people = AnswerPeople.Find(Parse($$$"""
            {"resourceType":"Bundle","type":"searchset","entry":[
             {"fullUrl":"CarePlan/c1","resource":{"resourceType":"CarePlan","id":"c1","status":"active","intent":"plan","subject":{"reference":"Patient/p1"} }},
             {"fullUrl":"CarePlan/c2","resource":{"resourceType":"CarePlan","id":"c2","status":"active","intent":"plan","subject":{"reference":"Patient/p1"} }},
             {"fullUrl":"Patient/p1","search":{"mode":"include"},"resource":{"resourceType":"Patient","id":"p1","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{{Nhs}}}"}]}}]}
            """));

        var person = Assert.Single(people.People);
        Assert.NotNull(person.Patient);
        Assert.Equal(Nhs, person.NhsNumber);
    }

    [Fact]
    public void Find_GroupSubject_ConcernsNoSinglePerson()
    {
        Assert.Empty(AnswerPeople.Find(Parse("""
            {"resourceType":"CarePlan","id":"c","status":"active","intent":"plan","subject":{"reference":"Group/g1"}}
            """)).People);
    }

    [Theory]
    [InlineData("""{"display":"someone"}""")]
    [InlineData("""{"reference":"https://elsewhere.example/fhir/Patient/p1"}""")]
    [InlineData("""{"reference":"#missing"}""")]
    public void Find_SubjectThatNamesNobodyCheckable_IsAnUnidentifiedPerson(string subject)
    {
        var person = Assert.Single(AnswerPeople.Find(Parse($$$"""
            {"resourceType":"CarePlan","id":"c","status":"active","intent":"plan","subject":{{{subject}}}}
            """)).People);

        Assert.Null(person.NhsNumber);
        Assert.Null(person.OwnerReference);
    }

    [Fact]
    public void Find_IdentifierOnlyReference_CarriesTheNhsNumber()
    {
        var person = Assert.Single(AnswerPeople.Find(Parse($$$"""
            {"resourceType":"Task","id":"t","status":"requested","intent":"order","for":{"identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{{Nhs}}}"} }}
            """)).People);

        Assert.Equal(Nhs, person.NhsNumber);
    }

    private static Resource Parse(string json) =>
        new FhirJsonDeserializer(new DeserializerSettings { Validator = null }).DeserializeResource(json);
}
