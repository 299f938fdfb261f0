using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class ExtensionTests(ValidatorFixture fixture)
{
    private const string ShoeSize = "http://test.fhirrecovery.org.uk/StructureDefinition/test-shoe-size";

    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_KnownExtensionWithAllowedValue_AllOk()
    {
        OutcomeAssert.AllOk(Validator.Validate($$$"""{"resourceType":"Patient","extension":[{"url":"{{{ShoeSize}}}","valueInteger":42}]}"""));
    }

    [Fact]
    public void Validate_KnownExtensionWithWrongValueType_Error()
    {
        var result = Validator.Validate($$$"""{"resourceType":"Patient","extension":[{"url":"{{{ShoeSize}}}","valueString":"42"}]}""");
        OutcomeAssert.HasError(result, "Patient.extension[0].valueString", "does not allow the type 'string'");
    }

    [Fact]
    public void Validate_KnownExtensionWithoutRequiredValue_Error()
    {
        var result = Validator.Validate($$$"""{"resourceType":"Patient","extension":[{"url":"{{{ShoeSize}}}","extension":[{"url":"a","valueInteger":1}]}]}""");
        Assert.True(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasError(result, "Patient.extension[0]", "Extension.value[x]");
    }

    [Fact]
    public void Validate_ExtensionOutsideItsContext_Error()
    {
        var result = Validator.Validate($$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"extension":[{"url":"{{{ShoeSize}}}","valueInteger":42}]}""");
        OutcomeAssert.HasError(result, "Observation.extension[0]", "may not be used on Observation");
    }

    [Fact]
    public void Validate_UnknownExtension_WarningOnly()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","extension":[{"url":"http://example.org/unknown","valueString":"x"}]}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient.extension[0]", "Unknown extension");
    }

    [Fact]
    public void Validate_UnknownModifierExtension_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","modifierExtension":[{"url":"http://example.org/unknown","valueBoolean":true}]}""");
        OutcomeAssert.HasError(result, "Patient.modifierExtension[0]", "Unknown modifier extension");
    }

    [Fact]
    public void Validate_CoreExtensionOnPrimitive_Validated()
    {
        // data-absent-reason on a primitive: known core extension, value must be a code from its required value set.
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Patient","_birthDate":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"unknown"}]}}"""));
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","_birthDate":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"forgot"}]}}"""),
            "Patient.birthDate.extension[0].valueCode");
    }

    [Fact]
    public void Validate_NonModifierExtensionSentAsModifier_Error()
    {
        var result = Validator.Validate($$$"""{"resourceType":"Patient","modifierExtension":[{"url":"{{{ShoeSize}}}","valueInteger":42}]}""");
        OutcomeAssert.HasError(result, "Patient.modifierExtension[0]", "not a modifier extension");
    }
}
