using System.Text;

namespace FhirRecovery.Validation.Tests.XmlEncoding;

/// <summary>FHIR XML must be UTF-8: UTF-16 and other declared encodings are errors (as for the reference validator),
/// a UTF-8 byte order mark or declaration is fine.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class XmlEncodingTests(ValidatorFixture fixture)
{
    private const string Patient = """<Patient xmlns="http://hl7.org/fhir"><id value="p1"/><active value="true"/></Patient>""";

    private ValidationResult Validate(byte[] body) => fixture.Validator.Validate(body, FhirFormat.Xml, ValidationRequest.Base);

    [Fact]
    public void Validate_Utf8WithByteOrderMarkAndDeclaration_NoError()
    {
        var result = Validate([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="utf-8"?>""" + Patient)]);
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_Utf16WithByteOrderMark_Error() =>
        OutcomeAssert.HasError(Validate([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Patient)]), "Patient", "must be UTF-8");

    [Fact]
    public void Validate_Latin1Declared_Error() =>
        OutcomeAssert.HasError(Validate(Encoding.Latin1.GetBytes("""<?xml version="1.0" encoding="ISO-8859-1"?>""" + Patient)), "Patient", "must be UTF-8");
}
