using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;

namespace FhirRecovery.Specification.Tests;

[Collection(CatalogGroup.Name)]
public sealed class FhirPackageCatalogTests(CatalogFixture fixture)
{
    private const string PatientUrl = "http://hl7.org/fhir/StructureDefinition/Patient";
    private const string RecoveryPatientUrl = "https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient";

    [Fact]
    public void Load_FolderWithSeveralTgz_LoadsEachPackage()
    {
        Assert.Contains("hl7.fhir.r4.core#4.0.1", fixture.Catalog.Packages);
        Assert.Contains(fixture.Catalog.Packages, p => p.StartsWith("fhir.recovery#", StringComparison.Ordinal));
    }

    [Fact]
    public void Contains_CanonicalWithAndWithoutVersion_ResolvesCoreDefinitions()
    {
        Assert.True(fixture.Catalog.Contains(PatientUrl));
        Assert.True(fixture.Catalog.Contains(PatientUrl + "|4.0.1"));
        Assert.False(fixture.Catalog.Contains(PatientUrl + "|3.0.2"));
        Assert.False(fixture.Catalog.Contains("http://example.org/StructureDefinition/nothing"));
    }

    [Fact]
    public void Resolve_CoreStructureDefinition_ParsesLazilyIntoPoco()
    {
        var patient = Assert.IsType<StructureDefinition>(fixture.Catalog.Resolve(PatientUrl));
        Assert.Equal("Patient", patient.Type);
        Assert.True(patient.HasSnapshot);
        Assert.Same(patient, fixture.Catalog.Resolve(PatientUrl + "|4.0.1"));
    }

    [Fact]
    public void Resolve_CoreValueSetAndCodeSystem_AreIndexed()
    {
        Assert.IsType<ValueSet>(fixture.Catalog.Resolve("http://hl7.org/fhir/ValueSet/administrative-gender"));
        Assert.IsType<CodeSystem>(fixture.Catalog.Resolve("http://hl7.org/fhir/administrative-gender"));
    }

    [Fact]
    public void ProfileUrls_IgPackage_ListsItsProfilesButNoCoreDefinitions()
    {
        Assert.Contains(fixture.Catalog.ProfileUrls, u => u.StartsWith("https://fhirrecovery.org.uk/fhir/StructureDefinition/", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Catalog.ProfileUrls, u => u.StartsWith("http://hl7.org/fhir/StructureDefinition/", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolve_AuditEvent_MedplumOnlyTargetProfilesAreStripped()
    {
        var auditEvent = Assert.IsType<StructureDefinition>(fixture.Catalog.Resolve("http://hl7.org/fhir/StructureDefinition/AuditEvent"));
        var targets = auditEvent.Snapshot!.Element.SelectMany(e => e.Type).SelectMany(t => t.TargetProfile).OfType<string>().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.True(fixture.Catalog.Contains(t), $"{t} does not resolve"));
        Assert.DoesNotContain(targets, t => t.EndsWith("/Bot", StringComparison.Ordinal) || t.EndsWith("/ClientApplication", StringComparison.Ordinal));
    }

    [Fact]
    public void GetStructureDefinitionWithSnapshot_IgProfileWithDifferentialOnly_GeneratesSnapshot()
    {
        // The IG's profiles come from SUSHI with a differential only.
        var profile = fixture.Catalog.GetStructureDefinitionWithSnapshot(RecoveryPatientUrl);
        Assert.True(profile.HasSnapshot);
        Assert.True(profile.Snapshot!.Element.Count > profile.Differential!.Element.Count);
        Assert.Contains(profile.Snapshot.Element, e => e.Path == "Patient.birthDate");
    }

    [Fact]
    public void GetStructureDefinitionWithSnapshot_UnknownCanonical_ThrowsNamingIt()
    {
        var error = Assert.Throws<FhirPackageException>(() => fixture.Catalog.GetStructureDefinitionWithSnapshot("http://example.org/nope"));
        Assert.Contains("http://example.org/nope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task AsyncResolver_SnapshotGenerator_ExpandsAProfileOverTheCatalog()
    {
        var differential = new StructureDefinition
        {
            Url = "http://example.org/StructureDefinition/test-patient",
            Name = "TestPatient",
            Status = PublicationStatus.Draft,
            Kind = StructureDefinition.StructureDefinitionKind.Resource,
            Abstract = false,
            Type = "Patient",
            BaseDefinition = PatientUrl,
            Derivation = StructureDefinition.TypeDerivationRule.Constraint,
            Differential = new StructureDefinition.DifferentialComponent
            {
                Element = [new ElementDefinition("Patient.birthDate") { Min = 1 }],
            },
        };
        var generator = new SnapshotGenerator(fixture.Catalog.AsyncResolver);
        await generator.UpdateAsync(differential);
        Assert.Equal(1, Assert.Single(differential.Snapshot!.Element, e => e.Path == "Patient.birthDate").Min);
    }
}
