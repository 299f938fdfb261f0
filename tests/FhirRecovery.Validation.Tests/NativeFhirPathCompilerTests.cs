using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.FhirPath;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Tests;

/// <summary>The native FHIRPath subset against the SDK's engine, expression by expression, including the
/// three-valued logic of empty collections.</summary>
public sealed class NativeFhirPathCompilerTests
{
    private static readonly Observation Sample = new()
    {
        Status = ObservationStatus.Final,
        Code = new CodeableConcept("http://loinc.org", "8867-4"),
        Identifier = [new Identifier("https://fhir.nhs.uk/Id/nhs-number", "9434765919"), new Identifier("urn:x", "A1")],
        Component =
        [
            new Observation.ComponentComponent { Code = new CodeableConcept("urn:t", "top-alcohol-days"), Value = new Integer(3) },
            new Observation.ComponentComponent { Code = new CodeableConcept("urn:t", "top-shared-needle"), Value = new FhirBoolean(true) },
            new Observation.ComponentComponent { Code = new CodeableConcept("urn:t", "top-other-name"), DataAbsentReason = new CodeableConcept("urn:d", "asked-declined") },
        ],
    };

    public static TheoryData<string> Expressions() => new()
    {
        "status = 'final'",
        "status != 'final'",
        "effective.exists()",
        "effective.empty() implies status = 'final'",
        "effective.exists() implies status = 'x'",
        "effective = 'x'",
        "(effective = 'x') or true",
        "(effective = 'x') and false",
        "(effective = 'x') xor true",
        "component.all(value.exists() xor dataAbsentReason.exists())",
        "component.where(code.coding.code.endsWith('-days')).all(value >= 0 and value <= 28)",
        "component.where(code.coding.code = 'top-shared-needle' and value = true).exists()",
        "component.count() = 3 and component.code.coding.code.isDistinct()",
        "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').all(value.matches('^[0-9]{10}$'))",
        "identifier.where(system = 'https://fhir.nhs.uk/Id/nhs-number').all((11 - ((value.substring(0,1).toInteger() * 10 + value.substring(1,1).toInteger() * 9) mod 11)) mod 11 >= 0)",
        "identifier[1].value.startsWith('A') and identifier.first().value.length() = 10",
        "component.value.ofType(integer).all($this > 2)",
        "Observation.code.coding.code = '8867-4'",
        "%resource.status = 'final'",
        "extension('http://x').exists().not()",
        "(identifier.count() + component.count()) div 2 = 2",
        "component.where(value.exists()).count() = 2",
        "component.where(code.coding.code = 'top-crack-days').empty()",
        "component.where(code.coding.code = 'top-shared-needle').empty()",
        "component.exists(dataAbsentReason.exists())",
        "component.exists(code.coding.code = 'top-crack-days')",
        "component.where(code.coding.code.endsWith('-days') or code.coding.code = 'top-shared-needle').all(value.exists())",
        "component.where(value.exists()).all(value.ofType(integer).exists())",
        "component.where(code.coding.where(system = 'urn:t').exists()).all(value.empty() or dataAbsentReason.empty())",
        "code.coding.where(system = 'http://loinc.org').first().code = '8867-4'",
        "identifier.where(value.length() > 3).exists() and identifier.where(value.length() > 30).exists().not()",
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void TryCompile_SubsetExpression_AgreesWithSdk(string expression)
    {
        var native = NativeFhirPathCompiler.TryCompile(expression);
        Assert.NotNull(native);
        var node = Sample.ToPocoNode(ModelInfo.ModelInspector);
        var expected = FhirPathCache.Get(expression).Predicate(node, new FhirEvaluationContext { Resource = node, RootResource = node });
        var result = native(NativeCollection.Of(Sample), new NativeEnvironment(Sample, Sample));
        Assert.Equal(expected, result.Count == 0 || (bool)result[0]);
    }

    [Theory]
    [InlineData("today() > effective")]
    [InlineData("value.toString().convertsToDateTime()")]
    [InlineData("code.coding.intersect(%resource.code.coding).exists()")]
    public void TryCompile_OutsideTheSubset_NullSoTheSdkDecides(string expression)
    {
        Assert.Null(NativeFhirPathCompiler.TryCompile(expression));
    }

    public static TheoryData<string> DatedExpressions() => new()
    {
        "effective <= value",
        "effective >= value",
        "value > effective",
        "value < effective",
        "effective <= issued",
        "issued >= effective",
        "effective.toString().length() > 10",
        "value.ofType(dateTime).all(toString().length() > 10)",
        "effective.toString() = '2026-03-01T10:00:00Z'",
        "status in ('final' | 'amended')",
        "status in ('amended' | 'cancelled' | 'preliminary')",
        "code.coding.code in ('8867-4')",
    };

    [Theory]
    [MemberData(nameof(DatedExpressions))]
    public void TryCompile_DatesAndMembership_AgreeWithSdkAtEveryPrecision(string expression)
    {
        var native = NativeFhirPathCompiler.TryCompile(expression);
        Assert.NotNull(native);
        (string Effective, string Value)[] pairs =
        [
            ("2026-03-01T10:00:00Z", "2026-03-01T10:00:00Z"),
            ("2026-03-01T10:00:00Z", "2026-03-01T10:00:01Z"),
            ("2026-03-01", "2026-03-01T10:00:00Z"),
            ("2026-03-01", "2026-03-02"),
            ("2026-03-01T10:00:00+01:00", "2026-03-01T09:30:00Z"),
            ("2026", "2027-01-01"),
            ("2026-03", "2026-03-15"),
            ("2026-03-01T10:00:00.123Z", "2026-03-01T10:00:00Z"),
            ("2026-03-01T10:00:00.000Z", "2026-03-01T10:00:00Z"),
        ];
        foreach (var (effective, value) in pairs)
        {
            var sample = new Observation
            {
                Status = ObservationStatus.Final,
                Code = new CodeableConcept("http://loinc.org", "8867-4"),
                Effective = new FhirDateTime(effective),
                Value = new FhirDateTime(value),
                Issued = new DateTimeOffset(2026, 3, 1, 10, 0, 0, TimeSpan.Zero),
            };
            var node = sample.ToPocoNode(ModelInfo.ModelInspector);
            var context = new FhirEvaluationContext { Resource = node, RootResource = node };
            var expectedEmpty = !FhirPathCache.Get("(" + expression + ").exists()").Predicate(node, context);
            var expected = FhirPathCache.Get(expression).Predicate(node, context);
            NativeCollection result;
            try
            {
                result = native(NativeCollection.Of(sample), new NativeEnvironment(sample, sample));
            }
            catch (NativeFallbackException)
            {
                // Different precisions (the instant has seconds): the SDK's engine decides; pairs to the second must be native.
                Assert.True(effective.Length != value.Length || effective.Length < 20, $"{expression} on {effective} / {value} fell back");
                continue;
            }

            Assert.True(expectedEmpty == (result.Count == 0), $"{expression} on {effective} / {value}: emptiness differs");
            Assert.True(expected == (result.Count == 0 || (bool)result[0]), $"{expression} on {effective} / {value}: result differs");
        }
    }
}
