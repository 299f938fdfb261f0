using System.Text;

namespace FhirRecovery.Validation.Tests;

/// <summary>Canonical, url and date values the R4 regexes let through but the reference validator rejects.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class PrimitiveRuleTests(ValidatorFixture fixture)
{
    [Theory]
    [InlineData("""{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"Questionnaire/q1"}""", "QuestionnaireResponse.questionnaire", "absolute")]
    [InlineData("""{"resourceType":"Patient","photo":[{"url":"http://example.org/photo<1>.png"}]}""", "Patient.photo[0].url", "not allowed")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1970-02-30"}""", "Patient.birthDate", "does not exist")]
    [InlineData("""{"resourceType":"Patient","deceasedDateTime":"2023-02-29T10:00:00Z"}""", "Patient.deceasedDateTime", "does not exist")]
    public void Validate_ValueTheRegexAllows_Error(string body, string expression, string message)
    {
        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.HasError(result, expression, message);
    }

    [Theory]
    [InlineData("""{"resourceType":"QuestionnaireResponse","status":"completed","questionnaire":"http://example.org/Questionnaire/q1|1.0"}""", "QuestionnaireResponse.questionnaire")]
    [InlineData("""{"resourceType":"Patient","photo":[{"url":"http://example.org/photo%3C1%3E.png"}]}""", "Patient.photo[0].url")]
    [InlineData("""{"resourceType":"Patient","birthDate":"2024-02-29"}""", "Patient.birthDate")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1970-02"}""", "Patient.birthDate")]
    public void Validate_WellFormedValue_NoError(string body, string expression)
    {
        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.NoErrorAt(result, expression);
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","_birthDate":{"id":"b1"}}""", "Patient.birthDate")]
    [InlineData("""{"resourceType":"Patient","name":[{"id":"n1"}]}""", "Patient.name[0]")]
    public void Validate_ElementWithOnlyAnId_Ele1Error(string body, string expression)
    {
        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.HasError(result, expression, "ele-1");
    }

    [Fact]
    public void Validate_PrimitiveWithIdAndValue_NoEle1Error()
    {
        var body = """{"resourceType":"Patient","birthDate":"1970-01-01","_birthDate":{"id":"b1"}}""";

        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.NoErrorAt(result, "Patient.birthDate");
    }
}
