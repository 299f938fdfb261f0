using System.Runtime.CompilerServices;
using FhirRecovery.Gateway.Definitions;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>The host is an application, not a library: nothing in it is public API, and nothing is meant to be derived from.</summary>
public sealed class HouseRuleTests
{
    private static readonly Type[] _gatewayTypes = [.. typeof(DefinitionsState).Assembly.GetTypes()
        .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !t.Name.Contains('<', StringComparison.Ordinal))
        .Where(t => t.Namespace?.StartsWith("FhirRecovery.Gateway", StringComparison.Ordinal) == true)];

    [Fact]
    public void GatewayTypes_AreNotPublic()
    {
        Assert.NotEmpty(_gatewayTypes);
        Assert.Empty(_gatewayTypes.Where(t => t.IsPublic || t.IsNestedPublic).Select(t => t.FullName));
    }

    [Fact]
    public void GatewayClasses_AreSealedOrStatic()
    {
        // Static classes compile to abstract sealed; records and exceptions must be sealed too.
        Assert.Empty(_gatewayTypes.Where(t => t.IsClass && !t.IsSealed).Select(t => t.FullName));
    }
}
