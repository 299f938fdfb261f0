namespace FhirRecovery.Validation.Tests.XmlNumbers;

/// <summary>Decimal and integer lexical forms in XML, which the SDK's XML reader parses to numbers (losing the
/// text): the R4 regexes decide, as in JSON and as the reference validator does.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class XmlNumberFormTests(ValidatorFixture fixture)
{
    private static string Observation(string quantityValue) => $"""
        <Observation xmlns="http://hl7.org/fhir"><status value="final"/><code><text value="x"/></code>
          <valueQuantity><value value="{quantityValue}"/></valueQuantity></Observation>
        """;

    [Theory]
    [InlineData("00.1")]
    [InlineData("01")]
    [InlineData(".5")]
    [InlineData("+1.5")]
    public void Validate_DecimalWithAFormTheRegexForbids_Error(string value) =>
        OutcomeAssert.HasError(fixture.Validator.ValidateXml(Observation(value)), "Observation.valueQuantity.value", "not a valid 'decimal'");

    [Theory]
    [InlineData("0.1")]
    [InlineData("-12.50")]
    [InlineData("1e3")]
    [InlineData("0")]
    public void Validate_DecimalInCanonicalForm_NoError(string value) =>
        OutcomeAssert.NoErrorAt(fixture.Validator.ValidateXml(Observation(value)), "Observation.valueQuantity");

    [Fact]
    public void Validate_IntegerWithALeadingZeroInARepeatingElement_ErrorWithIndex()
    {
        const string xml = """
            <Patient xmlns="http://hl7.org/fhir"><name><family value="A"/></name>
              <multipleBirthInteger value="02"/></Patient>
            """;
        OutcomeAssert.HasError(fixture.Validator.ValidateXml(xml), "Patient.multipleBirthInteger", "not a valid 'integer'");
    }

    [Fact]
    public void Validate_LeadingZeroDecimalInABundleEntry_ErrorAtTheEntry()
    {
        var xml = $"""
            <Bundle xmlns="http://hl7.org/fhir"><type value="collection"/>
              <entry><fullUrl value="urn:uuid:00000000-0000-4000-8000-000000000001"/><resource>{Observation("1.0")}</resource></entry>
              <entry><fullUrl value="urn:uuid:00000000-0000-4000-8000-000000000002"/><resource>{Observation("007")}</resource></entry></Bundle>
            """;
        var result = fixture.Validator.ValidateXml(xml);
        OutcomeAssert.HasError(result, "Bundle.entry[1].resource.valueQuantity.value", "'007'");
        OutcomeAssert.NoErrorAt(result, "Bundle.entry[0]");
    }

    [Fact]
    public void Validate_StringThatLooksLikeABadNumber_NoError() =>
        OutcomeAssert.NoErrorAt(fixture.Validator.ValidateXml("""<Patient xmlns="http://hl7.org/fhir"><name><family value="007"/></name></Patient>"""), "Patient.name");
}
