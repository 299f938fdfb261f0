namespace FhirRecovery.Validation.Tests.ResourceTypes;

/// <summary>A profile that restricts the resource an element holds (Bundle.entry.resource to DocumentManifest):
/// TestDefinitions/StructureDefinition-test-manifest-bundle.json.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class ResourceTypeTests(ValidatorFixture fixture)
{
    private const string Profile = "http://test.fhirrecovery.org.uk/StructureDefinition/test-manifest-bundle";

    private ValidationResult Validate(string resource) => fixture.Validator.Validate(
        $$"""{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{{resource}}}]}""", Profile);

    [Fact]
    public void Validate_EntryOfTheAllowedType_NoError()
    {
        var result = Validate("""{"resourceType":"DocumentManifest","status":"current","content":[{"reference":"DocumentReference/d1"}]}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_EntryOfAnotherType_Error() =>
        OutcomeAssert.HasError(Validate("""{"resourceType":"Patient","active":true}"""), "Bundle.entry[0].resource", "must be DocumentManifest");
}
