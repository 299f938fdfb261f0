using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Corrections;
using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Tests;

/// <summary>Each native invariant must agree with its published FHIRPath wherever it decides.</summary>
public sealed class NativeInvariantsTests
{
    private const string Bdl3 = "entry.all(request.exists() = (%resource.type = 'batch' or %resource.type = 'transaction' or %resource.type = 'history'))";
    private const string Bdl4 = "entry.all(response.exists() = (%resource.type = 'batch-response' or %resource.type = 'transaction-response' or %resource.type = 'history'))";

    public static TheoryData<string, string, Base> Cases()
    {
        var withContained = new Observation { Contained = [new Patient { Id = "p" }], Subject = new ResourceReference("#p") };
        var narrated = new Patient { Text = new Narrative { Status = Narrative.NarrativeStatus.Generated, Div = "<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>" } };
        return new TheoryData<string, string, Base>
        {
            { "dom-2", "contained.contained.empty()", new Patient() },
            { "dom-2", "contained.contained.empty()", withContained },
            { "dom-6", "text.`div`.exists()", new Patient() },
            { "dom-6", "text.`div`.exists()", narrated },
            { "ext-1", "extension.exists() != value.exists()", new Extension("http://x", new FhirString("a")) },
            { "ext-1", "extension.exists() != value.exists()", new Extension { Url = "http://x", Value = new FhirString("a"), Extension = [new Extension("y", new FhirString("b"))] } },
            { "ext-1", "extension.exists() != value.exists()", new Extension { Url = "http://x" } },
            { "bdl-5", "resource.exists() or request.exists() or response.exists()", new Bundle.EntryComponent { FullUrl = "urn:x" } },
            { "bdl-5", "resource.exists() or request.exists() or response.exists()", new Bundle.EntryComponent { Resource = new Patient() } },
            { "bdl-8", "fullUrl.exists() implies fullUrl.contains('/_history/').not()", new Bundle.EntryComponent { FullUrl = "https://a/Patient/1/_history/2" } },
            { "bdl-8", "fullUrl.exists() implies fullUrl.contains('/_history/').not()", new Bundle.EntryComponent { FullUrl = "https://a/Patient/1" } },
            { "bdl-8", "fullUrl.exists() implies fullUrl.contains('/_history/').not()", new Bundle.EntryComponent() },
            { "bdl-1", "total.empty() or (type = 'searchset') or (type = 'history')", new Bundle { Type = Bundle.BundleType.Collection, Total = 1 } },
            { "bdl-1", "total.empty() or (type = 'searchset') or (type = 'history')", new Bundle { Type = Bundle.BundleType.Searchset, Total = 1 } },
            { "bdl-2", "entry.search.empty() or (type = 'searchset')", new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Search = new() { Score = 1 } }] } },
            { "bdl-2", "entry.search.empty() or (type = 'searchset')", new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Resource = new Patient() }] } },
            { "bdl-3", Bdl3, new Bundle { Type = Bundle.BundleType.Transaction, Entry = [new() { Resource = new Patient() }] } },
            { "bdl-3", Bdl3, new Bundle { Type = Bundle.BundleType.Transaction, Entry = [new() { Request = new() { Method = Bundle.HTTPVerb.POST, Url = "Patient" } }] } },
            { "bdl-3", Bdl3, new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Request = new() { Method = Bundle.HTTPVerb.POST, Url = "Patient" } }] } },
            { "bdl-4", Bdl4, new Bundle { Type = Bundle.BundleType.BatchResponse, Entry = [new() { Response = new() { Status = "200" } }] } },
            { "bdl-4", Bdl4, new Bundle { Type = Bundle.BundleType.Collection, Entry = [new() { Response = new() { Status = "200" } }] } },
            { "obs-6", "dataAbsentReason.empty() or value.empty()", new Observation { Value = new FhirString("x"), DataAbsentReason = new CodeableConcept { Text = "n/a" } } },
            { "obs-6", "dataAbsentReason.empty() or value.empty()", new Observation { Value = new FhirString("x") } },
            { "obs-7", "value.empty() or component.code.where(coding.intersect(%resource.code.coding).exists()).empty()", new Observation { Value = new FhirString("x") } },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void For_PublishedExpression_NativeAgreesWithFhirPath(string key, string expression, Base value)
    {
        var native = NativeInvariants.For(key, expression);
        Assert.NotNull(native);
        var decided = native(value);
        var node = value.ToPocoNode(ModelInfo.ModelInspector);
        var context = new FhirEvaluationContext { Resource = node, RootResource = node };
        var published = FhirPathCache.Get(expression).Predicate(node, context);
        if (decided is { } result)
        {
            Assert.Equal(published, result);
        }
    }

    [Fact]
    public void For_DifferentExpressionUnderSameKey_NotApplied()
    {
        Assert.Null(NativeInvariants.For("obs-6", "value.exists()"));
    }
}
