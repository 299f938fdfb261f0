using System.Text;
using FhirRecovery.Validation.Reading;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>The fast JSON reader on the shapes that are easy to get wrong: each valid one must give exactly the SDK
/// reader's POCO, each unexpected one must be declined (so the SDK's reader reports it as before).</summary>
public sealed class PocoJsonReaderTests
{
    private const string Observation = """{"resourceType":"Observation","status":"final","code":{"text":"x"}""";

    [Theory]
    [InlineData(Observation + ""","valueQuantity":{"value":1.10,"unit":"kg"}}""")]
    [InlineData(Observation + ""","valueQuantity":{"value":1e2}}""")]
    [InlineData(Observation + ""","valueQuantity":{"value":-0.000000000000000000001}}""")]
    [InlineData(Observation + ""","valueQuantity":{"value":79228162514264337593543950335}}""")]
    [InlineData(Observation + ""","valueInteger":2147483647}""")]
    [InlineData(Observation + ""","valueInteger":-5}""")]
    [InlineData(Observation + ""","valueBoolean":false,"issued":"2026-01-01T10:00:00.123+01:00"}""")]
    [InlineData(Observation + ""","valueTime":"10:00:00","effectiveDateTime":"2026"}""")]
    [InlineData(Observation + ""","valueString":"caf\u00e9 \"quoted\" \\ ok","note":[{"text":"é ü 日本"}]}""")]
    [InlineData(Observation + ""","valueSampledData":{"origin":{"value":0},"period":1.5,"dimensions":1,"data":"1 2 3"}}""")]
    [InlineData("""{"resourceType":"Patient","_birthDate":{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"unknown"}]}}""")]
    [InlineData("""{"resourceType":"Patient","birthDate":"1980-01-01","_birthDate":{"id":"b1"}}""")]
    [InlineData("""{"resourceType":"Patient","_birthDate":{"id":"b1"},"birthDate":"1980-01-01"}""")]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["Ann","Bo"],"_given":[{"id":"g1"},{"id":"g2"}]}]}""")]
    [InlineData("""{"resourceType":"Patient","name":[{"_given":[{"id":"g1"},{"id":"g2"}],"given":["Ann","Bo"]}]}""")]
    [InlineData("""{"resourceType":"Patient","gender":"unknown","multipleBirthInteger":3,"active":true,"photo":[{"data":"aGVsbG8="}]}""")]
    [InlineData("""{"resourceType":"Patient","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Hi</p></div>"}}""")]
    [InlineData("""{"id":"p1","resourceType":"Patient","meta":{"profile":["http://example.org/a","http://example.org/b"]}}""")]
    [InlineData("""{"resourceType":"Patient","contained":[{"resourceType":"Organization","id":"o1","name":"Org"},{"resourceType":"Practitioner","id":"pr1","active":true}],"managingOrganization":{"reference":"#o1"}}""")]
    [InlineData("""{"resourceType":"Bundle","type":"collection","entry":[{"resource":{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:1","resource":{"resourceType":"Patient","active":true}}]}}]}""")]
    [InlineData("""{"resourceType":"Parameters","parameter":[{"name":"r","resource":{"resourceType":"Patient","active":true}},{"name":"v","valueUnsignedInt":0},{"name":"p","valuePositiveInt":7}]}""")]
    [InlineData("""{"resourceType":"Basic","code":{"text":"x"},"extension":[{"url":"http://e.org/a","valueDecimal":3.14159},{"url":"http://e.org/b","valueMeta":{"versionId":"1"}},{"url":"http://e.org/c","extension":[{"url":"d","valueCanonical":"http://e.org/x"}]}]}""")]
    public void TryRead_ValidShape_SameResourceAsSdk(string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        Assert.Null(ReaderEquivalence.Difference(body, out var declined));
        Assert.Null(declined);
    }

    [Fact]
    public void TryRead_SameTypeInChangingPropertyOrders_EachSameAsSdk()
    {
        // The reader guesses each name from the order of the last object of the type; a wrong guess must only cost time.
        string[] orders =
        [
            """{"resourceType":"Patient","id":"a","active":true,"gender":"female","birthDate":"1980-01-01","_birthDate":{"id":"b"}}""",
            """{"resourceType":"Patient","_birthDate":{"id":"b"},"birthDate":"1980-01-01","gender":"female","active":true,"id":"a"}""",
            """{"resourceType":"Patient","gender":"female","id":"a","birthDate":"1980-01-01"}""",
            """{"resourceType":"Patient","id":"a","active":true,"gender":"female","birthDate":"1980-01-01","_birthDate":{"id":"b"}}""",
            """{"resourceType":"Patient","id":"a","active":true,"activ":true}""",
        ];
        for (var i = 0; i < 3; i++)
        {
            foreach (var json in orders)
            {
                Assert.Null(ReaderEquivalence.Difference(Encoding.UTF8.GetBytes(json), out _));
            }
        }

        Assert.Null(PocoJsonReader.TryRead(Encoding.UTF8.GetBytes(orders[4])));
    }

    [Theory]
    [InlineData("1.10", "1.10")]
    [InlineData("1e2", "100")]
    [InlineData("0.0", "0.0")]
    public void TryRead_Decimal_KeepsTheScaleOfTheText(string number, string expected)
    {
        var resource = PocoJsonReader.TryRead(Encoding.UTF8.GetBytes(Observation + ""","valueQuantity":{"value":""" + number + "}}"));
        var value = Assert.IsType<Quantity>(Assert.IsType<Observation>(resource).Value).ValueElement!.JsonValue;
        Assert.Equal(expected, Assert.IsType<decimal>(value).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryRead_PrimitiveWithOnlyExtensions_HasNoValueAndItsExtension()
    {
        var resource = PocoJsonReader.TryRead(Encoding.UTF8.GetBytes("""{"resourceType":"Patient","_birthDate":{"extension":[{"url":"http://e.org/x","valueBoolean":true}]}}"""));
        var birthDate = Assert.IsType<Patient>(resource).BirthDateElement!;
        Assert.Null(birthDate.JsonValue);
        Assert.Equal("http://e.org/x", Assert.Single(birthDate.Extension).Url);
    }

    [Theory]
    [InlineData(Observation + ""","valueInteger":2147483648}""", "integer beyond int")]
    [InlineData(Observation + ""","valueInteger":1.0}""", "integer with a fraction")]
    [InlineData(Observation + ""","valueQuantity":{"value":1e400}}""", "decimal beyond decimal")]
    [InlineData(Observation + ""","valueQuantity":{"value":"1.0"}}""", "decimal as a string")]
    [InlineData(Observation + ""","valueBoolean":"true"}""", "boolean as a string")]
    [InlineData("""{"resourceType":"Patient","id":12}""", "string as a number")]
    [InlineData("""{"resourceType":"Patient","active":null}""", "null")]
    [InlineData("""{"resourceType":"Patient","id":""}""", "empty string")]
    [InlineData("""{"resourceType":"Patient","name":[]}""", "empty array")]
    [InlineData("""{"resourceType":"Patient","name":[{}]}""", "empty object")]
    [InlineData("""{"resourceType":"Patient","name":[null]}""", "null item")]
    [InlineData("""{"resourceType":"Patient","name":[[{"family":"x"}]]}""", "nested array")]
    [InlineData("""{"resourceType":"Patient","name":{"family":"x"}}""", "object for a repeating element")]
    [InlineData("""{"resourceType":"Patient","gender":["male"]}""", "array for a single element")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":"M"}""", "string for an object")]
    [InlineData("""{"resourceType":"Patient","active":{"value":true}}""", "object for a primitive")]
    [InlineData("""{"resourceType":"Patient","favouriteColour":"blue"}""", "unknown element")]
    [InlineData("""{"resourceType":"Patient","Active":true}""", "wrong case")]
    [InlineData("""{"resourceType":"Patient","active":true,"active":false}""", "duplicate property")]
    [InlineData("""{"resourceType":"Patient","deceasedBoolean":true,"deceasedDateTime":"2020"}""", "two types of one choice")]
    [InlineData("""{"resourceType":"Patient","deceasedString":"x"}""", "type not allowed for the choice")]
    [InlineData("""{"resourceType":"Patient","deceasedboolean":true}""", "choice suffix in the wrong case")]
    [InlineData("""{"resourceType":"Patient","_active":true}""", "'_' part not an object")]
    [InlineData("""{"resourceType":"Patient","_managingOrganization":{"id":"x"}}""", "'_' part of a complex element")]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["a",null],"_given":[null,{"id":"g"}]}]}""", "aligned arrays with nulls")]
    [InlineData("""{"resourceType":"Patient","name":[{"given":["a","b"],"_given":[{"id":"g"}]}]}""", "'_' array shorter")]
    [InlineData("""{"resourceType":"Patient","name":[{"_given":[{"id":"g"}],"given":["a","b"]}]}""", "value array longer")]
    [InlineData("""{"resourceType":"Patient","_deceasedBoolean":{"id":"x"},"deceasedDateTime":"2020"}""", "value and '_' parts of different choice types")]
    [InlineData("""{"resourceType":"Patient"}""", "resource without elements")]
    [InlineData("""{"resourceType":"patient","active":true}""", "resourceType in the wrong case")]
    [InlineData("""{"resourceType":"Spaceship","active":true}""", "unknown resourceType")]
    [InlineData("""{"resourceType":"DomainResource","id":"x"}""", "abstract resourceType")]
    [InlineData("""{"resourceType":"Patient","resourceType":"Patient","active":true}""", "resourceType twice")]
    [InlineData("""{"active":true}""", "no resourceType")]
    [InlineData("""{"resourceType":"Patient","active":true,"contained":[{"id":"x"}]}""", "contained without resourceType")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{"resourceType":"Patient","text":"x"}}""", "resourceType in a datatype")]
    [InlineData("""{"resourceType":"Patient","active":true} {}""", "content after the resource")]
    [InlineData("""{"resourceType":"Patient","active":true /* c */}""", "comment")]
    [InlineData("""{"resourceType":"Patient","\u0061ctive":true}""", "escaped property name")]
    [InlineData("""{"resourceType":"Patient","active":true""", "truncated")]
    [InlineData("""["resourceType"]""", "not an object")]
    public void TryRead_UnexpectedInput_Declines(string json, string because)
    {
        var resource = PocoJsonReader.TryRead(Encoding.UTF8.GetBytes(json), out var declined);
        Assert.True(resource is null, because);
        Assert.False(string.IsNullOrEmpty(declined), because);
    }

    [Fact]
    public void TryRead_DeeperThan64_Declines()
    {
        var json = new StringBuilder("""{"resourceType":"Patient","extension":[""");
        for (var i = 0; i < 40; i++)
        {
            json.Append("""{"url":"http://e.org/x","extension":[""");
        }

        json.Append("""{"url":"http://e.org/x","valueBoolean":true}""");
        json.Append(string.Concat(Enumerable.Repeat("]}", 40))).Append("]}");

        Assert.Null(PocoJsonReader.TryRead(Encoding.UTF8.GetBytes(json.ToString()), out var declined));
        Assert.Contains("depth", declined, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Read_DeclinedBody_ReportsWhatTheSdkReaderReports()
    {
        var body = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","active":true,"active":false,"name":[{}]}""");
        var read = ResourceReader.Read(body, FhirFormat.Json);
        var sdk = ResourceReader.ReadWithSdk(body, FhirFormat.Json);
        Assert.NotEmpty(read.Findings);
        Assert.Equal(sdk.Findings.Select(f => (f.Code, f.Message, f.Expression)), read.Findings.Select(f => (f.Code, f.Message, f.Expression)));
    }
}
