using System.Collections.Frozen;
using FhirRecovery.Validation.Checks;
using FhirRecovery.Validation.Checks.Discriminators;
using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.Slicing;

/// <summary>The compile-time index of slices by code picks the same slice as trying every slice in order.</summary>
public sealed class SliceIndexTests
{
    private const string System = "http://example.org/codes";

    // 0: pattern {a}; 1: pattern {c, a} (needs both); 2: pattern code 'b' without a system (not indexable);
    // 3: pattern {a} again (never reached: slice 0 comes first); 4: pattern {d}.
    private static readonly IReadOnlyList<SliceDefinition> Slices =
    [
        Slice("a", Concept(("a", System))),
        Slice("c-and-a", Concept(("c", System), ("a", System))),
        Slice("b", Concept(("b", null))),
        Slice("a-again", Concept(("a", System))),
        Slice("d", Concept(("d", System))),
    ];

    public static TheoryData<string> Items() => new() { "a", "c,a", "a,c", "b", "d", "c", "b,d", "d,a", "x", "" };

    [Theory]
    [MemberData(nameof(Items))]
    public void FindSlice_ItemCodes_SameSliceAsLinearSearch(string codes)
    {
        var item = new Observation.ComponentComponent
        {
            Code = new CodeableConcept { Coding = codes.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(c => new Coding(c == "b" ? null : System, c)).ToList() },
        };
        var run = new ValidationRun(null!, new FindingList());
        var index = SliceIndex.TryCreate(Slices);

        var linear = Enumerable.Range(0, Slices.Count).FirstOrDefault(s => SliceIndex.AllMatch(Slices[s], item, run), -1);

        Assert.NotNull(index);
        Assert.Equal(linear, index.FindSlice(item, Slices, run));
    }

    [Fact]
    public void FindSlice_CodeOfTheSecondSliceOnly_FindsIt()
    {
        var item = new Observation.ComponentComponent { Code = new CodeableConcept(System, "d") };
        var run = new ValidationRun(null!, new FindingList());

        Assert.Equal(4, SliceIndex.TryCreate(Slices)!.FindSlice(item, Slices, run));
    }

    private static CodeableConcept Concept(params (string Code, string? System)[] codings) =>
        new() { Coding = codings.Select(c => new Coding(c.System, c.Code)).ToList() };

    private static SliceDefinition Slice(string name, Base pattern) => new()
    {
        Name = name,
        Node = new ElementNode
        {
            Path = "Observation.component", Name = "component", Id = "Observation.component:" + name, Min = 0, Max = 1,
            IsChoice = false, TypeCodes = FrozenSet<string>.Empty, Checks = Array.Empty<IElementCheck>(),
            Children = FrozenDictionary<string, ElementNode>.Empty, RequiredChildren = [],
        },
        Discriminators = [new ValueDiscriminator(new DiscriminatorPath("code"), pattern, exact: false)],
    };
}
