using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.Questionnaires;

/// <summary>A QuestionnaireResponse against its Questionnaire (TestDefinitions/Questionnaire-test-intake.json),
/// with the HL7 Java validator's rules: each rule has a response that breaks it and one that keeps it.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class QuestionnaireResponseTests(ValidatorFixture fixture)
{
    private const string Url = "http://test.fhirrecovery.org.uk/Questionnaire/test-intake";
    private const string Colours = "http://test.fhirrecovery.org.uk/CodeSystem/test-colours";

    private ValidationResult Validate(string items, string status = "completed") => fixture.Validator.Validate(
        $$$"""{"resourceType":"QuestionnaireResponse","id":"r1","questionnaire":"{{{Url}}}","status":"{{{status}}}","item":[{"linkId":"name","answer":[{"valueString":"Ann"}]}{{{items}}}]}""");

    private static void NoErrors(ValidationResult result) => Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));

    [Fact]
    public void Validate_ResponseMatchingItsQuestionnaire_NoError() =>
        NoErrors(Validate($$$""",{"linkId":"smoker","answer":[{"valueBoolean":false}]},{"linkId":"colour","answer":[{"valueCoding":{"system":"{{{Colours}}}","code":"red"}}]},{"linkId":"notes","answer":[{"valueString":"none"}]},{"linkId":"contact","item":[{"linkId":"phone","answer":[{"valueString":"0161"}]}]}"""));

    [Fact]
    public void Validate_UnknownLinkId_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"shoe","answer":[{"valueInteger":9}]}"""), "QuestionnaireResponse.item[1]", "not found in questionnaire");

    [Fact]
    public void Validate_ItemInTheWrongPlace_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"phone","answer":[{"valueString":"0161"}]}"""), "QuestionnaireResponse.item[1]", "wrong place");

    [Fact]
    public void Validate_ItemsOutOfOrder_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"notes","answer":[{"valueString":"x"}]},{"linkId":"smoker","answer":[{"valueBoolean":false}]}"""), "QuestionnaireResponse.item[2]", "out of order");

    [Theory]
    [InlineData("smoker", "valueString", "\"yes\"", "boolean")]
    [InlineData("notes", "valueInteger", "3", "string")]
    [InlineData("colour", "valueBoolean", "true", "Coding")]
    public void Validate_AnswerOfTheWrongType_Error(string linkId, string valueName, string value, string expected) =>
        OutcomeAssert.HasError(Validate($$$""",{"linkId":"{{{linkId}}}","answer":[{"{{{valueName}}}":{{{value}}}}]}"""), "QuestionnaireResponse.item[1].answer[0]." + valueName, expected);

    [Fact]
    public void Validate_TextItemAnsweredWithString_NoError() =>
        NoErrors(Validate(""",{"linkId":"notes","answer":[{"valueString":"fine"}]}"""));

    [Fact]
    public void Validate_RequiredItemMissingWhenCompleted_Error() =>
        OutcomeAssert.HasError(fixture.Validator.Validate($$$"""{"resourceType":"QuestionnaireResponse","questionnaire":"{{{Url}}}","status":"completed"}"""), "QuestionnaireResponse", "required item with id = 'name'");

    [Fact]
    public void Validate_RequiredItemMissingWhileInProgress_WarningOnly()
    {
        var result = fixture.Validator.Validate($$$"""{"resourceType":"QuestionnaireResponse","questionnaire":"{{{Url}}}","status":"in-progress"}""");
        NoErrors(result);
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "QuestionnaireResponse", "required item with id = 'name'");
    }

    [Fact]
    public void Validate_RequiredItemInsideAGroupMissing_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"contact","item":[{"linkId":"phone"}]}"""), "QuestionnaireResponse.item[1]", "'phone'");

    [Fact]
    public void Validate_EnabledRequiredItemMissing_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"smoker","answer":[{"valueBoolean":true}]}"""), "QuestionnaireResponse", "'per-day'");

    [Fact]
    public void Validate_DisabledRequiredItemMissing_NoError() =>
        NoErrors(Validate(""",{"linkId":"smoker","answer":[{"valueBoolean":false}]}"""));

    [Fact]
    public void Validate_DisabledItemAnswered_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"smoker","answer":[{"valueBoolean":false}]},{"linkId":"per-day","answer":[{"valueInteger":3}]}"""), "QuestionnaireResponse.item[2]", "not enabled");

    [Fact]
    public void Validate_SeveralAnswersToAnItemThatDoesNotRepeat_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"notes","answer":[{"valueString":"a"},{"valueString":"b"}]}"""), "QuestionnaireResponse.item[1].answer[1]", "Only one");

    [Fact]
    public void Validate_SeveralAnswersToARepeatingItem_NoError() =>
        NoErrors(Validate(""",{"linkId":"allergies","answer":[{"valueString":"a"},{"valueString":"b"}]}"""));

    [Fact]
    public void Validate_CodingOutsideTheAnswerOptions_Error() =>
        OutcomeAssert.HasError(Validate($$$""",{"linkId":"colour","answer":[{"valueCoding":{"system":"{{{Colours}}}","code":"grey"}}]}"""), "QuestionnaireResponse.item[1].answer[0].valueCoding", "not a valid option");

    [Fact]
    public void Validate_CodingOutsideTheAnswerValueSet_Error() =>
        OutcomeAssert.HasError(Validate($$$""",{"linkId":"shade","answer":[{"valueCoding":{"system":"{{{Colours}}}","code":"grey"}}]}"""), "QuestionnaireResponse.item[1].answer[0].valueCoding", "not in the value set");

    [Fact]
    public void Validate_CodingInTheAnswerValueSet_NoError() =>
        NoErrors(Validate($$$""",{"linkId":"shade","answer":[{"valueCoding":{"system":"{{{Colours}}}","code":"crimson"}}]}"""));

    [Fact]
    public void Validate_StringOptionOfAnOpenChoice_NoError() =>
        NoErrors(Validate(""",{"linkId":"size","answer":[{"valueString":"large"}]}"""));

    [Fact]
    public void Validate_FreeTextOutsideTheStringOptionsOfAnOpenChoice_ErrorAsJava() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"size","answer":[{"valueString":"medium"}]}"""), "QuestionnaireResponse.item[1].answer[0].valueString", "not a valid option");

    [Fact]
    public void Validate_StringAnswerToAChoiceWithOnlyCodingOptions_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"colour","answer":[{"valueString":"red"}]}"""), "QuestionnaireResponse.item[1].answer[0].valueString", "no option values of type string");

    [Fact]
    public void Validate_AnswerToAGroup_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"contact","answer":[{"valueString":"x"}],"item":[{"linkId":"phone","answer":[{"valueString":"1"}]}]}"""), "QuestionnaireResponse.item[1].answer[0]", "group");

    [Fact]
    public void Validate_ItemsUnderADisplayItem_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"note","item":[{"linkId":"weeks","answer":[{"valueInteger":1}]}]}"""), "QuestionnaireResponse.item[1].item[0]", "display");

    [Fact]
    public void Validate_NestedItemUnderTheAnswer_NoError() =>
        NoErrors(Validate(""",{"linkId":"pregnant","answer":[{"valueBoolean":true,"item":[{"linkId":"weeks","answer":[{"valueInteger":12}]}]}]}"""));

    [Fact]
    public void Validate_NestedAnswerOfTheWrongType_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"pregnant","answer":[{"valueBoolean":true,"item":[{"linkId":"weeks","answer":[{"valueString":"12"}]}]}]}"""), "QuestionnaireResponse.item[1].answer[0].item[0].answer[0].valueString", "integer");

    [Fact]
    public void Validate_ItemTextDifferentFromTheQuestionnaire_Error() =>
        OutcomeAssert.HasError(Validate(""",{"linkId":"smoker","text":"Smoke?","answer":[{"valueBoolean":false}]}"""), "QuestionnaireResponse.item[1].text", "must match");

    [Fact]
    public void Validate_UnresolvableQuestionnaire_WarningNotError()
    {
        var result = fixture.Validator.Validate("""{"resourceType":"QuestionnaireResponse","questionnaire":"http://fhir.example.nhs.uk/Questionnaire/none","status":"completed","item":[{"linkId":"x","answer":[{"valueInteger":1}]}]}""");
        NoErrors(result);
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "QuestionnaireResponse.questionnaire", "could not be resolved");
    }

    [Fact]
    public void Validate_ContainedQuestionnaire_Resolved() =>
        OutcomeAssert.HasError(fixture.Validator.Validate("""{"resourceType":"QuestionnaireResponse","contained":[{"resourceType":"Questionnaire","id":"q","status":"active","item":[{"linkId":"a","type":"boolean"}]}],"questionnaire":"#q","status":"completed","item":[{"linkId":"a","answer":[{"valueInteger":1}]}]}"""), "QuestionnaireResponse.item[0].answer[0].valueInteger", "boolean");
}
