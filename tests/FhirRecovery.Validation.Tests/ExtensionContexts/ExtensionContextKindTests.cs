namespace FhirRecovery.Validation.Tests.ExtensionContexts;

/// <summary>Element contexts naming kinds of element (DomainResource, DomainResource.text, BackboneElement), "extension"
/// contexts met on an extension's value, and contextInvariant, as the Java validator judges them.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class ExtensionContextKindTests(ValidatorFixture fixture)
{
    private const string Kinds = """{"url":"http://test.fhirrecovery.org.uk/StructureDefinition/test-kinds-note","valueBoolean":true}""";
    private const string InInterpreter = """{"url":"http://test.fhirrecovery.org.uk/StructureDefinition/test-interpreter-note","valueBoolean":true}""";
    private const string InactiveOnly = """{"url":"http://test.fhirrecovery.org.uk/StructureDefinition/test-inactive-only","valueBoolean":true}""";

    private ValidationResult Validate(string json) => fixture.Validator.Validate(json);

    private static void NoErrors(ValidationResult result) => Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));

    [Fact]
    public void Validate_DomainResourceContextOnTheResource_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","extension":[{{{Kinds}}}]}"""));

    [Fact]
    public void Validate_DomainResourceTextContextOnTheNarrative_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>","extension":[{{{Kinds}}}]}}"""));

    [Fact]
    public void Validate_BackboneElementContextOnABackboneElement_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","contact":[{"name":{"text":"x"},"extension":[{{{Kinds}}}]}]}"""));

    [Fact]
    public void Validate_KindContextsOnADataType_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","name":[{"family":"A","extension":[{{{Kinds}}}]}]}"""), "Patient.name[0].extension[0]", "may not be used");

    [Fact]
    public void Validate_ExtensionContextOnTheNamedExtensionsValue_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-interpreterRequired","valueBoolean":true,"_valueBoolean":{"extension":[{{{InInterpreter}}}]}}]}"""));

    [Fact]
    public void Validate_ExtensionContextOnAnotherExtensionsValue_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","extension":[{"url":"http://hl7.org/fhir/StructureDefinition/patient-cadavericDonor","valueBoolean":true,"_valueBoolean":{"extension":[{{{InInterpreter}}}]}}]}"""),
            "Patient.extension[0].valueBoolean.extension[0]", "may not be used");

    [Fact]
    public void Validate_ContextInvariantHolds_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","active":false,"extension":[{{{InactiveOnly}}}]}"""));

    [Fact]
    public void Validate_ContextInvariantFails_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","active":true,"extension":[{{{InactiveOnly}}}]}"""), "Patient.extension[0]", "context invariant");
}
