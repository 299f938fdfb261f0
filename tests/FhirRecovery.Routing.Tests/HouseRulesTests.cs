using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Routing.Tests;

public sealed class HouseRulesTests
{
    [Fact]
    public void RoutingAssembly_ReferencesNoAspNetCoreOrYarp()
    {
        var references = typeof(IOutboxStore).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);

        Assert.DoesNotContain(references, n => n.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || n.StartsWith("Yarp", StringComparison.Ordinal));
    }

    [Fact]
    public void RoutingAssembly_ClassesAreSealedOrAbstractOrStatic()
    {
        var open = typeof(IOutboxStore).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !t.Name.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }
}
