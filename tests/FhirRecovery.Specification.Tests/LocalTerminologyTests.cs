namespace FhirRecovery.Specification.Tests;

[Collection(CatalogGroup.Name)]
public sealed class LocalTerminologyTests(CatalogFixture fixture)
{
    [Fact]
    public void Expand_ValueSetOverCompleteCoreCodeSystem_CompleteWithItsCodes()
    {
        var expansion = fixture.Catalog.Terminology.Expand("http://hl7.org/fhir/ValueSet/administrative-gender");
        Assert.NotNull(expansion);
        Assert.True(expansion.IsComplete, expansion.IncompleteReason);
        Assert.True(expansion.Contains("http://hl7.org/fhir/administrative-gender", "female"));
        Assert.False(expansion.Contains("http://hl7.org/fhir/administrative-gender", "f"));
        Assert.Equal(["http://hl7.org/fhir/administrative-gender"], expansion.SystemsOf("male"));
    }

    [Fact]
    public void Expand_SnomedValueSet_IncompleteWithReason()
    {
        var expansion = fixture.Catalog.Terminology.Expand("http://hl7.org/fhir/ValueSet/clinical-findings");
        Assert.NotNull(expansion);
        Assert.False(expansion.IsComplete);
        Assert.Contains("snomed", expansion.IncompleteReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Expand_UnknownValueSet_Null()
    {
        Assert.Null(fixture.Catalog.Terminology.Expand("http://example.org/ValueSet/none"));
    }

    [Fact]
    public void Expand_IsAFilterOnLocalHierarchy_IncludesTheConceptAndItsDescendantsOnly()
    {
        // sibling-relationship-codes = v3 RoleCode is-a SIB; RoleCode is in the core package with its hierarchy.
        const string roleCode = "http://terminology.hl7.org/CodeSystem/v3-RoleCode";
        var expansion = fixture.Catalog.Terminology.Expand("http://hl7.org/fhir/ValueSet/sibling-relationship-codes");
        Assert.NotNull(expansion);
        Assert.True(expansion.IsComplete, expansion.IncompleteReason);
        Assert.True(expansion.Contains(roleCode, "SIB"));
        Assert.True(expansion.Contains(roleCode, "BRO"));
        Assert.False(expansion.Contains(roleCode, "FTH"));
    }
}
