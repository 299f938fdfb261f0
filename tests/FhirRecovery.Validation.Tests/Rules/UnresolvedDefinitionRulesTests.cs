using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.Rules;

/// <summary>Unknown extensions and unresolvable meta.profile: issue 4's policy for the gateway (the default), the HL7
/// Java validator's for the CLI (ReferenceValidator).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class UnresolvedDefinitionRulesTests(ValidatorFixture fixture)
{
    private const string RealDomainExtension = """{"resourceType":"Patient","id":"p1","extension":[{"url":"https://fhir.acme-health.co.uk/StructureDefinition/unknown","valueString":"a"}]}""";
    private const string ExampleModifier = """{"resourceType":"Patient","id":"p1","modifierExtension":[{"url":"http://example.org/fhir/StructureDefinition/unknown","valueBoolean":true}]}""";
    private const string UnknownMetaProfile = """{"resourceType":"Patient","id":"p1","meta":{"profile":["http://example.org/fhir/StructureDefinition/not-there"]}}""";

    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_UnknownExtensionOnRealDomainWithGatewayRules_Warning()
    {
        var result = Validator.Validate(RealDomainExtension);
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient.extension[0]", "Unknown extension");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Validate_UnknownExtensionOnRealDomainWithReferenceRules_Error()
    {
        var result = Validator.ValidateWithReferenceRules(RealDomainExtension);
        OutcomeAssert.HasError(result, "Patient.extension[0]", "not allowed here");
    }

    [Fact]
    public void Validate_UnknownExtensionOnExampleDomainWithReferenceRules_Warning()
    {
        var result = Validator.ValidateWithReferenceRules("""{"resourceType":"Patient","id":"p1","extension":[{"url":"http://example.org/fhir/StructureDefinition/unknown","valueString":"a"}]}""");
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient.extension[0]", "example URL");
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Validate_UnknownModifierOnExampleDomainWithGatewayRules_Error()
    {
        var result = Validator.Validate(ExampleModifier);
        OutcomeAssert.HasError(result, "Patient.modifierExtension[0]", "Unknown modifier extension");
    }

    [Fact]
    public void Validate_UnknownModifierOnExampleDomainWithReferenceRules_Warning()
    {
        var result = Validator.ValidateWithReferenceRules(ExampleModifier);
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient.modifierExtension[0]", "example URL");
    }

    [Fact]
    public void Validate_UnresolvableMetaProfileWithGatewayRules_Error()
    {
        var result = Validator.Validate(UnknownMetaProfile);
        OutcomeAssert.HasError(result, "Patient.meta.profile[0]", "is unknown");
    }

    [Fact]
    public void Validate_UnresolvableMetaProfileWithReferenceRules_Warning()
    {
        var result = Validator.ValidateWithReferenceRules(UnknownMetaProfile);
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Patient.meta.profile[0]", "not checked");
    }
}
