using FhirRecovery.Gateway.Pathways;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Serilog.Events;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The pathway settings are checked at start-up: a gateway with an impossible flag lead does not start.</summary>
public sealed class ReleaseHandoverOptionsTests
{
    [Fact]
    public async Task Start_NegativeAcknowledgementLead_StopsWithExitCode1AndNamesTheSetting()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Pathways:HandoverAcknowledgementLead"] = "-01:00:00",
        });

        var exitCode = await host.Run.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(1, exitCode);
        Assert.Contains(host.Logs.Events, e => e.Level >= LogEventLevel.Error
            && InMemoryLogSink.Render(e).Contains("HandoverAcknowledgementLead", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("00:00:00", "00:01:00", "HandoverAcknowledgementLead")]
    [InlineData("29.00:00:00", "00:01:00", "HandoverAcknowledgementLead")]
    [InlineData("1.00:00:00", "00:00:00", "SweepInterval")]
    public void Validate_OutOfRange_NamesTheSetting(string lead, string interval, string setting)
    {
        var options = new PathwayOptions { HandoverAcknowledgementLead = TimeSpan.Parse(lead, System.Globalization.CultureInfo.InvariantCulture),
            SweepInterval = TimeSpan.Parse(interval, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new PathwayOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
    }
}
