using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class StructureTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_MissingRequiredElements_ErrorNamesEach()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","id":"o1"}""");
        OutcomeAssert.HasError(result, "Observation", "Observation.status");
        OutcomeAssert.HasError(result, "Observation", "Observation.code");
    }

    [Fact]
    public void Validate_RequiredElementsPresent_NoCardinalityError()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"}}""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_RequiredElementInBackbone_ErrorAtTheBackbone()
    {
        // Observation.component.code is 1..1.
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"bp"},"component":[{"valueString":"x"}]}""");
        OutcomeAssert.HasError(result, "Observation.component[0]", "Observation.component.code");
    }

    [Fact]
    public void Validate_RequiredElementInDataType_ErrorAtTheDataType()
    {
        // Extension.url is 1..1; Patient.link.other is 1..1 and link.type too.
        var result = Validator.Validate("""{"resourceType":"Patient","link":[{"type":"seealso"}]}""");
        OutcomeAssert.HasError(result, "Patient.link[0]", "Patient.link.other");
    }

    [Fact]
    public void Validate_InMemoryInvalidDate_FormatError()
    {
        var patient = new Patient { BirthDate = "1980-02-30x" };
        var result = Validator.Validate(patient, ValidationRequest.Base);
        OutcomeAssert.HasError(result, "Patient.birthDate", "not a valid 'date'");
    }

    [Fact]
    public void Validate_InMemoryEmptyString_Error()
    {
        var patient = new Patient { Name = [new HumanName { Family = "" }] };
        var result = Validator.Validate(patient, ValidationRequest.Base);
        OutcomeAssert.HasError(result, "Patient.name[0].family", "empty");
    }

    [Fact]
    public void Validate_InMemoryEmptyComplexElement_Ele1Error()
    {
        var patient = new Patient { Name = [new HumanName()] };
        var result = Validator.Validate(patient, ValidationRequest.Base);
        OutcomeAssert.HasError(result, "Patient.name[0]", "ele-1");
    }

    [Fact]
    public void Validate_NarrativeWithXhtml_Valid()
    {
        var result = Validator.Validate("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\">Ann</div>\"}}");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_StringWithNonBreakingSpace_Valid()
    {
        var result = Validator.Validate("{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"van\u00A0Dijk\"}]}");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ContainedResource_ValidatedAgainstItsOwnType()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"contained":[{"resourceType":"Patient","id":"p","birthDate":"nope"}],"subject":{"reference":"#p"}}""");
        OutcomeAssert.HasError(result, "Observation.contained[0].birthDate");
    }

    [Fact]
    public void Validate_ConcurrentCalls_SameOutcome()
    {
        const string body = """{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":"heavy"},"note":[{}]}""";
        var expected = OutcomeAssert.Describe(Validator.Validate(body).Outcome);
        var results = new string[64];
        Parallel.For(0, results.Length, i => results[i] = OutcomeAssert.Describe(Validator.Validate(body).Outcome));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Validate_DataTypeProfileOnElement_SimpleQuantityRejectsComparator()
    {
        // Observation.referenceRange.low is a SimpleQuantity: a Quantity without comparator (sqty-1).
        const string body = """{"resourceType":"Observation","status":"final","code":{"text":"x"},"referenceRange":[{"low":{"value":1COMPARATOR}}]}""";
        OutcomeAssert.AllOk(Validator.Validate(body.Replace("COMPARATOR", "", StringComparison.Ordinal)));
        OutcomeAssert.HasError(Validator.Validate(body.Replace("COMPARATOR", ",\"comparator\":\"<\"", StringComparison.Ordinal)), "Observation.referenceRange[0].low", "sqty-1");
    }
}
