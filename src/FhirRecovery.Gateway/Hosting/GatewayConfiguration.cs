namespace FhirRecovery.Gateway.Hosting;

/// <summary>The gateway's configuration section. Each concern binds its own options class to it.</summary>
internal static class GatewayConfiguration
{
    public const string SectionName = "FhirRecovery";
}
