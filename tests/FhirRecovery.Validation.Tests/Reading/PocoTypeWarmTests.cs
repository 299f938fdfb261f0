using FhirRecovery.Validation.Reading;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>FhirValidator.Warm builds the fast reader's tables of the enforced profiles' types ahead: every type a
/// resource's elements can hold must be reached, however deep.</summary>
public sealed class PocoTypeWarmTests
{
    [Fact]
    public void WarmReachable_Patient_ReachesNestedDataTypesAndBackboneElements()
    {
        var reached = PocoType.WarmReachable(ModelInfo.ModelInspector.FindClassMapping("Patient")!).Select(m => m.Name).ToHashSet();

        Assert.Contains("HumanName", reached);        // Patient.name
        Assert.Contains("Period", reached);           // Patient.name.period
        Assert.Contains("Extension", reached);        // any element's extension
        Assert.Contains("Quantity", reached);         // Extension.valueQuantity: choice types too
        Assert.Contains(reached, name => name.Contains("Contact", StringComparison.Ordinal)); // a backbone element (Patient.contact)
    }
}
