namespace FhirRecovery.Validation.Tests.NarrativeLinks;

/// <summary>Link and image URLs in a narrative: the characters the reference validator allows.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class NarrativeLinkTests(ValidatorFixture fixture)
{
    private ValidationResult Validate(string div) => fixture.Validator.Validate(
        $$$"""{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">{{{div}}}</div>"}}""");

    [Theory]
    [InlineData("<a href=\\\"http://example.com/a/b.html?x=1&amp;y=(2)#top\\\">link</a>")]
    [InlineData("<img src=\\\"#pic\\\" alt=\\\"x\\\"/>")]
    [InlineData("<img src=\\\"data:image/png;base64,iVBORw0KGgo=\\\" alt=\\\"x\\\"/>")]
    public void Validate_LinkWithAllowedCharacters_NoError(string div) =>
        OutcomeAssert.NoErrorAt(Validate(div), "Patient.text.div");

    [Theory]
    [InlineData("<a href=\\\"http://example.com/{[-}]/link.html\\\">link</a>", "'{'")]
    [InlineData("<img src=\\\"http://example.com/my picture.png\\\" alt=\\\"x\\\"/>", "' '")]
    public void Validate_LinkWithInvalidCharacters_Error(string div, string character) =>
        OutcomeAssert.HasError(Validate(div), "Patient.text.div", character);
}
