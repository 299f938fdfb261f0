namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class SlicingTests(ValidatorFixture fixture)
{
    private const string Bp = "http://test.fhirrecovery.org.uk/StructureDefinition/test-bp";
    private const string VitalSigns = """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"vital-signs"}]}""";
    private const string Systolic = """{"code":{"coding":[{"system":"http://loinc.org","code":"8480-6"}]},"valueQuantity":{"value":120,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}}""";
    private const string Diastolic = """{"code":{"coding":[{"system":"http://loinc.org","code":"8462-4"}]},"valueQuantity":{"value":80,"system":"http://unitsofmeasure.org","code":"mm[Hg]"}}""";

    private FhirValidator Validator => fixture.Validator;

    private static string BloodPressure(string components = Systolic + "," + Diastolic, string category = VitalSigns, string extra = "") =>
        $$$"""{"resourceType":"Observation","status":"final","category":[{{{category}}}],"code":{"text":"BP"},"component":[{{{components}}}]{{{extra}}}}""";

    private ValidationResult Validate(string body) => Validator.Validate(body, Bp);

    [Fact]
    public void Validate_AllSlicesPresentInOrder_AllOk()
    {
        OutcomeAssert.AllOk(Validate(BloodPressure()));
    }

    [Fact]
    public void Validate_RequiredSliceMissing_ErrorNamesSlice()
    {
        OutcomeAssert.HasError(Validate(BloodPressure(Systolic)), "Observation", "Slice 'diastolic' of Observation.component: at least 1");
    }

    [Fact]
    public void Validate_ItemMatchingNoSliceOfClosedSlicing_Error()
    {
        var other = """{"code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"valueQuantity":{"value":60}}""";
        OutcomeAssert.HasError(Validate(BloodPressure(Systolic + "," + Diastolic + "," + other)), "Observation.component[2]", "matches none of the slices");
    }

    [Fact]
    public void Validate_SlicesOutOfOrder_Error()
    {
        OutcomeAssert.HasError(Validate(BloodPressure(Diastolic + "," + Systolic)), "Observation.component[1]", "out of order");
    }

    [Fact]
    public void Validate_SliceTooManyTimes_Error()
    {
        OutcomeAssert.HasError(Validate(BloodPressure(Systolic + "," + Systolic + "," + Diastolic)), "Observation", "Slice 'systolic' of Observation.component: at most 1");
    }

    [Fact]
    public void Validate_SliceConstraintViolated_ErrorNamesSlice()
    {
        var badSystolic = Systolic.Replace("\"valueQuantity\":{\"value\":120,\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}", "\"valueString\":\"high\"", StringComparison.Ordinal);
        OutcomeAssert.HasError(Validate(BloodPressure(badSystolic + "," + Diastolic)), "Observation.component[0].valueString", "Observation.component:systolic.value[x]");
    }

    [Fact]
    public void Validate_OpenSlicingWithExtraItemButRequiredSliceMissing_OnlyTheMissingSliceIsAnError()
    {
        var social = """{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/observation-category","code":"social-history"}]}""";
        var result = Validate(BloodPressure(category: social));
        OutcomeAssert.HasError(result, "Observation", "Slice 'VSCat'");
        OutcomeAssert.AllOk(Validate(BloodPressure(category: social + "," + VitalSigns)));
    }

    [Fact]
    public void Validate_TypeSliceOnChoice_AppliesItsConstraintsToThatType()
    {
        var withValue = BloodPressure(extra: ""","valueQuantity":{"value":1,"system":"http://snomed.info/sct","code":"258672001"}""");
        OutcomeAssert.HasError(Validate(withValue), "Observation.valueQuantity.system", "http://unitsofmeasure.org");
        OutcomeAssert.AllOk(Validate(BloodPressure(extra: ""","valueQuantity":{"value":1,"system":"http://unitsofmeasure.org","code":"cm"}""")));
    }

    [Fact]
    public void Validate_ExistsDiscriminatorOpenAtEnd_SlicedItemAfterUnmatchedIsAnError()
    {
        var good = BloodPressure(extra: ""","identifier":[{"system":"urn:a","value":"1","assigner":{"display":"Lab"}},{"system":"urn:b","value":"2"}]""");
        var bad = BloodPressure(extra: ""","identifier":[{"system":"urn:b","value":"2"},{"system":"urn:a","value":"1","assigner":{"display":"Lab"}}]""");
        OutcomeAssert.AllOk(Validate(good));
        OutcomeAssert.HasError(Validate(bad), "Observation.identifier[1]", "openAtEnd");
    }

    [Fact]
    public void Validate_ProfileDiscriminatorThroughResolve_MatchesContainedTarget()
    {
        var weight = TestProfiles.ObservationWith("").Replace("{\"resourceType\":\"Observation\",", "{\"resourceType\":\"Observation\",\"id\":\"w\",", StringComparison.Ordinal);
        var valid = BloodPressure(extra: $$$""","contained":[{{{weight}}}],"hasMember":[{"reference":"#w"}]""");
        OutcomeAssert.AllOk(Validate(valid));

        var notWeight = weight.Replace("\"final\"", "\"preliminary\"", StringComparison.Ordinal);
        var invalid = BloodPressure(extra: $$$""","contained":[{{{notWeight}}}],"hasMember":[{"reference":"#w"}]""");
        OutcomeAssert.HasError(Validate(invalid), "Observation.hasMember[0]", "matches none of the slices");
    }

    [Fact]
    public void Validate_ExtensionSliceByUrlRequired_ErrorWhenAbsent()
    {
        const string profile = "http://test.fhirrecovery.org.uk/StructureDefinition/test-patient";
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","active":true}""", profile), "Patient", "Slice 'shoeSize' of Patient.extension");
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Patient","extension":[{"url":"http://example.org/other","valueString":"x"},{"url":"http://test.fhirrecovery.org.uk/StructureDefinition/test-shoe-size","valueInteger":44}]}""".Replace("{\"url\":\"http://example.org/other\",\"valueString\":\"x\"},", "", StringComparison.Ordinal), profile));
    }
}
