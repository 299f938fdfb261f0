using System.Diagnostics.Metrics;
using FhirRecovery.Gateway.Pathways;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// A handover still unacknowledged <see cref="PathwayTestbed.AcknowledgementLead"/> before release is flagged by the
/// sweeper on the gateway's (fake) clock: on the prison's status resource, in the operators' list (ids only), in the
/// log (event 4602, ids only) and in the metrics. An acknowledgement takes it off the operators' list.
/// </summary>
public sealed class ReleaseHandoverFlagTests(PathwayTestbed bed) : IClassFixture<PathwayTestbed>
{
    private const string Person = "9990000077";

    [Fact]
    public async Task Sweep_UnacknowledgedWithinLeadOfRelease_FlaggedForPrisonOperatorsLogsAndMetrics()
    {
        using var metrics = new MetricCapture(bed.Services.GetRequiredService<PathwayMetrics>().Meter);
        using var prison = bed.CreateClient("FRP01", "system/Bundle.c");
        using var operators = bed.CreateOperatorClient();
        var identifier = Guid.NewGuid().ToString();
        var release = bed.Time.GetUtcNow().AddDays(3);
        var (statusPath, _) = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(release, Person, identifier));
        var messageId = statusPath["/_status/".Length..];

        // Three days before release: nothing to flag yet.
        Assert.DoesNotContain(messageId, await bed.SweepAsync());
        Assert.Null(RoutingTestbed.Parameter(await PathwayHttp.GetJsonAsync(prison, statusPath), "handover-flag"));

        // Advance to an hour inside the lead.
        bed.Time.SetUtcNow(release - PathwayTestbed.AcknowledgementLead + TimeSpan.FromHours(1));
        // The background sweeper ticks on the same clock and may flag it first; either way it is flagged once.
        await bed.SweepAsync();

        var status = await PathwayHttp.GetJsonAsync(prison, statusPath);
        Assert.Equal(PathwayStatus.UnacknowledgedFlag, RoutingTestbed.Parameter(status, "handover-flag"));
        Assert.Equal("awaiting-acknowledgement", RoutingTestbed.Parameter(status, "handover-state"));
        var list = (await PathwayHttp.GetJsonAsync(operators, "/_admin/handovers/flagged")).GetRawText();
        Assert.Contains(messageId, list, StringComparison.Ordinal);
        Assert.DoesNotContain(Person, list, StringComparison.Ordinal);
        Assert.DoesNotContain(PathwayExamples.Instant(release)[..10], list, StringComparison.Ordinal);
        var logged = bed.Logs.Events.Where(e => e.Properties.TryGetValue("EventId", out var id) && id.ToString().Contains("4602", StringComparison.Ordinal))
            .Select(InMemoryLogSink.Render).ToList();
        Assert.Contains(logged, l => l.Contains(messageId, StringComparison.Ordinal));
        Assert.DoesNotContain(logged, l => l.Contains(Person, StringComparison.Ordinal) || l.Contains("Morgan", StringComparison.Ordinal));
        Assert.True(metrics.Sum("fhirrecovery.handover.flagged") >= 1);
        Assert.True(metrics.Observe("fhirrecovery.handover.flagged_unacknowledged") >= 1);

        // The drug service acknowledges: the handover leaves the operators' list; the prison sees it acknowledged.
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");
        using var ack = await PathwayHttp.PostMessageAsync(northside, PathwayExamples.Acknowledgement(identifier, release.AddHours(2)));
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());
        await PathwayHttp.WaitForParameterAsync(prison, statusPath, "handover-state", "acknowledged");
        Assert.DoesNotContain(messageId, (await PathwayHttp.GetJsonAsync(operators, "/_admin/handovers/flagged")).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BackgroundSweeper_ClockPassesIntoTheLead_FlagsWithoutBeingAsked()
    {
        using var prison = bed.CreateClient("FRP01", "system/Bundle.c");
        var release = bed.Time.GetUtcNow().AddDays(3);
        var (statusPath, _) = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(release, "9990000131"));

        // Only the clock moves: the hosted sweeper's timer runs on the gateway's TimeProvider.
        bed.Time.SetUtcNow(release - PathwayTestbed.AcknowledgementLead + TimeSpan.FromMinutes(5));

        var status = await PathwayHttp.WaitForParameterAsync(prison, statusPath, "handover-flag", PathwayStatus.UnacknowledgedFlag);
        Assert.NotNull(RoutingTestbed.Parameter(status, "flagged"));
    }

    [Fact]
    public async Task FlaggedList_WithoutOperatorRole_Is403()
    {
        using var prison = bed.CreateClient("FRP01");

        using var response = await prison.GetAsync(new Uri("/_admin/handovers/flagged", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, response.StatusCode);
    }

    /// <summary>Listens to one Meter instance (not every test gateway's meter of the same name).</summary>
    private sealed class MetricCapture : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly Dictionary<string, long> _sums = [];
        private readonly Dictionary<string, long> _last = [];

        public MetricCapture(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (ReferenceEquals(instrument.Meter, meter))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
            {
                lock (_sums)
                {
                    _sums[instrument.Name] = _sums.GetValueOrDefault(instrument.Name) + value;
                    _last[instrument.Name] = value;
                }
            });
            _listener.Start();
        }

        public long Sum(string name)
        {
            lock (_sums)
            {
                return _sums.GetValueOrDefault(name);
            }
        }

        public long Observe(string name)
        {
            _listener.RecordObservableInstruments();
            lock (_sums)
            {
                return _last.GetValueOrDefault(name);
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
