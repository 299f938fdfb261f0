using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class BindingTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    private ValidationResult WithMethod(string system, string code) => Validator.Validate(
        TestProfiles.ObservationWith($$$""","method":{"coding":[{"system":"{{{system}}}","code":"{{{code}}}"}]}"""), TestProfiles.Observation);

    [Theory]
    [InlineData(TestProfiles.Colours, "red")]
    [InlineData(TestProfiles.Colours, "crimson")]
    [InlineData("http://test.fhirrecovery.org.uk/CodeSystem/other", "teal")]
    public void Validate_RequiredBindingCodeInValueSet_AllOk(string system, string code)
    {
        OutcomeAssert.AllOk(WithMethod(system, code));
    }

    [Theory]
    [InlineData(TestProfiles.Colours, "grey")]
    [InlineData(TestProfiles.Colours, "green")]
    [InlineData("http://test.fhirrecovery.org.uk/CodeSystem/other", "red")]
    public void Validate_RequiredBindingCodeOutsideValueSet_Error(string system, string code)
    {
        OutcomeAssert.HasError(WithMethod(system, code), "Observation.method", "test-colours");
    }

    [Fact]
    public void Validate_RequiredBindingTextOnly_Error()
    {
        var result = Validator.Validate(TestProfiles.ObservationWith(""","method":{"text":"by eye"}"""), TestProfiles.Observation);
        OutcomeAssert.HasError(result, "Observation.method", "no code");
    }

    [Fact]
    public void Validate_ExtensibleBindingCodeOutside_WarningOnly()
    {
        var result = Validator.Validate(TestProfiles.ObservationWith(""","bodySite":{"coding":[{"system":"http://snomed.info/sct","code":"368209003"}]}"""), TestProfiles.Observation);
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Observation.bodySite", "extensible");
    }

    [Fact]
    public void Validate_ExtensibleBindingCodeInside_AllOk()
    {
        var result = Validator.Validate(TestProfiles.ObservationWith($$$""","bodySite":{"coding":[{"system":"{{{TestProfiles.Colours}}}","code":"blue"}]}"""), TestProfiles.Observation);
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_RequiredBindingToSnomedFilter_InformationNotError()
    {
        var result = Validator.Validate(TestProfiles.ObservationWith(""","interpretation":[{"coding":[{"system":"http://snomed.info/sct","code":"22298006"}]}]"""), TestProfiles.Observation);
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Information, "Observation.interpretation[0]", "could not be checked");
    }

    [Fact]
    public void Validate_CoreRequiredBindingOnCode_OneError()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","gender":"unknownish"}""");
        OutcomeAssert.HasError(result, "Patient.gender");
        Assert.Single(OutcomeAssert.Findings(result));
    }

    [Fact]
    public void Validate_CoreRequiredBindingOnCodeInDataType_ErrorWithInferredSystem()
    {
        // ContactPoint.system is a plain code bound (required) to contact-point-system: "fax" is in it, "pager2" is not.
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Patient","telecom":[{"system":"fax","value":"0123"}]}"""));
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","telecom":[{"system":"pager2","value":"0123"}]}"""), "Patient.telecom[0].system");
    }

    [Fact]
    public void Validate_CoreRequiredBindingOnCodeableConcept_CheckedAgainstCoreCodeSystem()
    {
        const string condition = """{"resourceType":"Condition","subject":{"reference":"Patient/1"},"clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"CODE"}]}}""";
        OutcomeAssert.AllOk(Validator.Validate(condition.Replace("CODE", "active", StringComparison.Ordinal)));
        OutcomeAssert.HasError(Validator.Validate(condition.Replace("CODE", "sleeping", StringComparison.Ordinal)), "Condition.clinicalStatus");
    }

    [Fact]
    public void Validate_RequiredBindingOnPlainCode_SystemInferredFromValueSet()
    {
        // Observation.language is a plain `code` (no system in the instance); the test profile binds it to test-colours.
        OutcomeAssert.AllOk(Validator.Validate(TestProfiles.ObservationWith(""","language":"crimson" """), TestProfiles.Observation));
        OutcomeAssert.HasError(Validator.Validate(TestProfiles.ObservationWith(""","language":"grey" """), TestProfiles.Observation), "Observation.language", "'grey'");
    }

    [Fact]
    public void Validate_UnboundCodingWithUnknownCodeInCompleteCodeSystem_Error()
    {
        // Observation.category is bound only "preferred"; the code is still judged by its code system, held completely in the core package.
        const string body = """{"resourceType":"Observation","status":"final","category":[{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"CODE"DISPLAY}]}],"code":{"text":"x"}}""";
        OutcomeAssert.AllOk(Validator.Validate(body.Replace("CODE", "vital-signs", StringComparison.Ordinal).Replace("DISPLAY", "", StringComparison.Ordinal)));
        OutcomeAssert.HasError(Validator.Validate(body.Replace("CODE", "vital-sign", StringComparison.Ordinal).Replace("DISPLAY", "", StringComparison.Ordinal)),
            "Observation.category[0].coding[0].code", "Unknown code 'vital-sign'");
        var wrongDisplay = Validator.Validate(body.Replace("CODE", "vital-signs", StringComparison.Ordinal).Replace("DISPLAY", ",\"display\":\"Laboratory\"", StringComparison.Ordinal));
        Assert.False(wrongDisplay.HasErrors, OutcomeAssert.Describe(wrongDisplay.Outcome));
        OutcomeAssert.HasIssue(wrongDisplay, OperationOutcome.IssueSeverity.Warning, "Observation.category[0].coding[0].display", "Wrong display");
    }

    [Fact]
    public void Validate_CodingFromCodeSystemNotHeldLocally_NotJudged()
    {
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"coding":[{"system":"http://snomed.info/sct","code":"000000"}]}}"""));
    }
}
