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
    [InlineData("value.toString().length() > 10")]
    [InlineData("code.coding.intersect(%resource.code.coding).exists()")]
    public void TryCompile_OutsideTheSubset_NullSoTheSdkDecides(string expression)
    {
        Assert.Null(NativeFhirPathCompiler.TryCompile(expression));
    }
}
