namespace FhirRecovery.Validation.Tests;

/// <summary>The JSON shape of an element must match whether it repeats: an array only for a repeating element.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class JsonShapeTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_ArrayForSingletonElement_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","gender":["male"]}""");
        OutcomeAssert.HasError(result, "Patient.gender", "does not repeat");
    }

    [Fact]
    public void Validate_ObjectForRepeatingElement_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","name":{"family":"Smith"}}""");
        OutcomeAssert.HasError(result, "Patient.name", "repeats");
    }

    [Fact]
    public void Validate_PrimitiveExtensionArrayForSingleton_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","birthDate":"1970-01-01","_birthDate":[{"id":"b1"}]}""");
        OutcomeAssert.HasError(result, "Patient.birthDate", "does not repeat");
    }

    [Fact]
    public void Validate_RightShapesWithChoiceAndPrimitiveExtensions_AllOk()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"},"name":[{"family":"Smith","given":["Ann"],"_given":[{"id":"g1"}]}],"birthDate":"1970-01-01","_birthDate":{"id":"b1"},"deceasedBoolean":false}""");
        OutcomeAssert.AllOk(result);
    }
}
