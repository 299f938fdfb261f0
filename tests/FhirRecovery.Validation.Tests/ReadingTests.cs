using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class ReadingTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_MinimalValidPatient_AllOk()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","active":true,"name":[{"family":"Smith","given":["Ann"]}],"birthDate":"1980-02-29"}""");
        OutcomeAssert.AllOk(result);
        Assert.IsType<Patient>(result.Resource);
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public void Validate_NotJsonOrNotAnObject_IsUnreadable(string body)
    {
        var result = Validator.Validate(body);
        Assert.True(result.IsUnreadable);
        Assert.Null(result.Resource);
        var issue = Assert.Single(OutcomeAssert.Findings(result));
        Assert.Equal(OperationOutcome.IssueType.Structure, issue.Code);
    }

    [Fact]
    public void Validate_JsonWithoutResourceType_IsUnreadable()
    {
        var result = Validator.Validate("""{"id":"x","name":[{"family":"Smith"}]}""");
        Assert.True(result.IsUnreadable);
    }

    [Fact]
    public void Validate_UnknownResourceType_IsUnreadable()
    {
        var result = Validator.Validate("""{"resourceType":"Spaceship","id":"x"}""");
        Assert.True(result.IsUnreadable);
        Assert.Contains("Spaceship", result.Outcome.Issue[0].Details?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_XmlWithDoctype_IsUnreadableAndEntityNotExpanded()
    {
        var xml = """<?xml version="1.0"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Patient xmlns="http://hl7.org/fhir"><id value="&xxe;"/></Patient>""";
        var result = Validator.ValidateXml(xml);
        Assert.True(result.IsUnreadable);
        Assert.DoesNotContain("root:", OutcomeAssert.Describe(result.Outcome), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidXmlPatient_AllOk()
    {
        var result = Validator.ValidateXml("""<Patient xmlns="http://hl7.org/fhir"><id value="p1"/><active value="true"/><birthDate value="1980-01-01"/></Patient>""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_XmlNotFhir_IsUnreadable()
    {
        var result = Validator.ValidateXml("""<html><body>hello</body></html>""");
        Assert.True(result.IsUnreadable);
    }

    [Fact]
    public void Validate_UnknownElement_ErrorAtItsPathButReadable()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","favouriteColour":"blue"}""");
        Assert.False(result.IsUnreadable);
        Assert.True(result.HasErrors);
        OutcomeAssert.HasError(result, "Patient.favouriteColour");
    }

    [Fact]
    public void Validate_WrongJsonTypeForPrimitive_ErrorNotUnreadable()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","active":"yes"}""");
        Assert.False(result.IsUnreadable);
        OutcomeAssert.HasError(result, "Patient.active");
    }

    [Fact]
    public void Validate_InvalidDate_OneErrorAtThePath()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","birthDate":"2020-13-45"}""");
        var issue = OutcomeAssert.HasError(result, "Patient.birthDate");
        Assert.Equal(["Patient.birthDate"], issue.Location);
        Assert.Single(OutcomeAssert.Findings(result));
    }

    [Fact]
    public void Validate_EmptyStringInRepeatingElement_ErrorWithIndexedExpression()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","name":[{"given":["Ann",""]}]}""");
        OutcomeAssert.HasError(result, "Patient.name[0].given[1]");
    }

    [Fact]
    public void Validate_BadValueInsideChoice_ExpressionNamesTheChosenType()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"weight"},"valueQuantity":{"value":"heavy"}}""");
        OutcomeAssert.HasError(result, "Observation.valueQuantity.value");
    }

    [Fact]
    public void Validate_ChoiceWithTypeNotAllowed_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueAnnotation":{"text":"no"}}""");
        Assert.True(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        Assert.False(result.IsUnreadable);
    }

    [Fact]
    public void Validate_EmptyObject_ErrorAtThatElement()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{}}""");
        OutcomeAssert.HasError(result, "Observation.code");
    }

    [Fact]
    public void Validate_XmlUnknownResourceType_IsUnreadable()
    {
        Assert.True(Validator.ValidateXml("""<Spaceship xmlns="http://hl7.org/fhir"><id value="x"/></Spaceship>""").IsUnreadable);
    }

    [Fact]
    public void Validate_XmlUnknownElementAndBadDate_ErrorsWithFhirPathExpressions()
    {
        var result = Validator.ValidateXml("""<Observation xmlns="http://hl7.org/fhir"><status value="final"/><code><text value="x"/></code><effectiveDateTime value="2020-02-31x"/><colour value="red"/></Observation>""");
        Assert.False(result.IsUnreadable);
        OutcomeAssert.HasError(result, "Observation.effectiveDateTime");
        OutcomeAssert.HasError(result, "Observation.colour");
    }

    [Fact]
    public void Validate_XmlEntityExpansionBomb_IsUnreadable()
    {
        const string bomb = """<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><Patient xmlns="http://hl7.org/fhir"><id value="&lol2;"/></Patient>""";
        Assert.True(Validator.ValidateXml(bomb).IsUnreadable);
    }

    [Fact]
    public void Validate_DeeplyNestedJson_IsUnreadable()
    {
        var nested = string.Concat(Enumerable.Repeat("""{"url":"http://x","extension":[""", 100)) + """{"url":"y","valueString":"z"}""" + string.Concat(Enumerable.Repeat("]}", 100));
        Assert.True(Validator.Validate($$$"""{"resourceType":"Patient","extension":[{{{nested}}}]}""").IsUnreadable);
    }

    [Fact]
    public void Validate_DeeplyNestedXml_IsUnreadable()
    {
        var nested = string.Concat(Enumerable.Repeat("""<extension url="http://x">""", 5000)) + string.Concat(Enumerable.Repeat("</extension>", 5000));
        Assert.True(Validator.ValidateXml($$$"""<Patient xmlns="http://hl7.org/fhir">{{{nested}}}</Patient>""").IsUnreadable);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","name":[]}""")]
    [InlineData("""{"resourceType":"Patient","name":[null]}""")]
    [InlineData("""{"resourceType":"Patient","birthDate":null}""")]
    [InlineData("""{"resourceType":"Patient","birthDate":""}""")]
    public void Validate_EmptyArrayNullOrEmptyString_ErrorButReadable(string body)
    {
        var result = Validator.Validate(body);
        Assert.False(result.IsUnreadable, OutcomeAssert.Describe(result.Outcome));
        Assert.True(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }
}
