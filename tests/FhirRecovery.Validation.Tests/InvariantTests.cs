using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class InvariantTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_PeriodEndBeforeStart_Per1Error()
    {
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","name":[{"family":"A","period":{"start":"2020-01-01","end":"2019-01-01"}}]}"""), "Patient.name[0].period", "per-1");
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Patient","name":[{"family":"A","period":{"start":"2019-01-01","end":"2020-01-01"}}]}"""));
    }

    [Fact]
    public void Validate_QuantityCodeWithoutSystem_Qty3Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"w"},"valueQuantity":{"value":1,"code":"kg"}}""");
        OutcomeAssert.HasError(result, "Observation.valueQuantity", "qty-3");
    }

    [Fact]
    public void Validate_ExtensionWithValueAndChildren_Ext1Error()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","extension":[{"url":"http://example.org/x","valueString":"a","extension":[{"url":"y","valueString":"b"}]}]}""");
        OutcomeAssert.HasError(result, "Patient.extension[0]", "ext-1");
    }

    [Fact]
    public void Validate_NestedContainedRead_Dom2Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"w"},"subject":{"reference":"#p"},"contained":[{"resourceType":"Patient","id":"p","contained":[{"resourceType":"Patient","id":"q"}]}]}""");
        OutcomeAssert.HasError(result, "Observation", "dom-2");
    }

    [Fact]
    public void Validate_InMemoryNestedContained_Dom2Error()
    {
        var inner = new Patient { Id = "p", Contained = [new Patient { Id = "q" }] };
        var observation = new Observation { Status = ObservationStatus.Final, Code = new CodeableConcept { Text = "w" }, Subject = new ResourceReference("#p"), Contained = [inner] };
        OutcomeAssert.HasError(Validator.Validate(observation, ValidationRequest.Base), "Observation", "dom-2");
    }

    [Fact]
    public void Validate_ContainedNotReferenced_Dom3Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"w"},"contained":[{"resourceType":"Patient","id":"p"}]}""");
        OutcomeAssert.HasError(result, "Observation", "dom-3");
    }

    [Fact]
    public void Validate_TotalOnCollectionBundle_Bdl1Error()
    {
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Bundle","type":"collection","total":3}"""), "Bundle", "bdl-1");
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Bundle","type":"searchset","total":0}"""));
    }

    [Fact]
    public void Validate_ResourceWithoutNarrative_Dom6BestPracticeWarningOnly()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","active":true}""");
        Assert.False(result.HasErrors);
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient", "dom-6");
    }

    [Fact]
    public void Validate_DisplayOnlyReference_NoRef1FalseError()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"w"},"performer":[{"display":"Dr Who"}]}""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ProfileInvariantUsingPercentResource_EvaluatedAgainstTheResource()
    {
        var body = TestProfiles.ObservationWith("").Replace("\"effectiveDateTime\":\"2026-01-01\",", "", StringComparison.Ordinal);
        OutcomeAssert.HasError(Validator.Validate(body, TestProfiles.Observation), "Observation.code", "test-2");
        OutcomeAssert.AllOk(Validator.Validate(TestProfiles.ObservationWith(""), TestProfiles.Observation));
    }

    [Fact]
    public void Validate_InvariantThatFailsToEvaluate_WarningNotException()
    {
        // single() over two notes is a FHIRPath evaluation error, not false.
        var result = Validator.Validate(TestProfiles.ObservationWith(""","note":[{"text":"a"},{"text":"b"}]"""), TestProfiles.Observation);
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Observation", "test-1 could not be evaluated");
    }

    [Fact]
    public void Validate_NarrativeWithScript_Txt1Error()
    {
        var result = Validator.Validate("{\"resourceType\":\"Patient\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\"><script>alert(1)</script></div>\"}}");
        OutcomeAssert.HasError(result, "Patient.text.div", "txt-1");
    }
}
