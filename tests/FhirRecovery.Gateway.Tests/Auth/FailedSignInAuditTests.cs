using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Trust.Development;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>A 401 is stored as an AuditEvent (the claimed issuer and organisation, never the token), readable through
/// GET /AuditEvent; a flood is aggregated per source and window so it cannot fill the store.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class FailedSignInAuditTests(GatewayFixture fixture)
{
    [Fact]
    public async Task Request_TokenOfUnknownIssuer_Is401AndStoredAsAuditEventWithoutTheToken()
    {
        var issuer = $"https://rogue-{Guid.NewGuid():N}.test/";
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, issuer, TestTokens.PartnerAudience, now, now.AddMinutes(10),
            new Dictionary<string, object> { ["ods"] = "FRX77", ["scope"] = "system/*.cruds", ["secret_claim"] = "do-not-store-me" });
        using var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(FhirHttp.Post("/$validate", Samples.ValidPatientJson, FhirHttp.FhirJson));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var audit = Assert.Single(await SearchAsync(), a => a.Contains(issuer, StringComparison.Ordinal));
        Assert.Contains("status=401", audit, StringComparison.Ordinal);
        Assert.Contains("claimed-organisation=FRX77", audit, StringComparison.Ordinal);
        Assert.Contains("access-denied", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], audit, StringComparison.Ordinal);
        Assert.DoesNotContain("do-not-store-me", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_FloodOf401FromOneSource_StoresOneAuditEventInTheWindow()
    {
        var issuer = $"https://flood-{Guid.NewGuid():N}.test/";
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, issuer, TestTokens.PartnerAudience, now, now.AddMinutes(10),
            new Dictionary<string, object> { ["ods"] = "FRX78" });
        using var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        for (var i = 0; i < 60; i++)
        {
            using var response = await client.GetAsync(new Uri("/Consent?patient=1", UriKind.Relative));
            Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.TooManyRequests, response.StatusCode.ToString());
        }

        Assert.Single(await SearchAsync(), a => a.Contains(issuer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_FloodFromOneSource_FirstStoredAtOnceThenOneSummaryWhenTheWindowCloses()
    {
        var (audit, sink, clock) = Create();
        var source = new FailedSignInSource("expired", "https://auth.test/", "FRD01");

        for (var i = 0; i < 1000; i++)
        {
            await audit.RecordAsync(source);
        }

        Assert.Single(sink.Records);
        clock.Advance(FailedSignInAudit.Window);
        await audit.FlushIfDueAsync();
        Assert.Equal(2, sink.Records.Count);
        Assert.Contains("count=999", sink.Records.Last().Detail, StringComparison.Ordinal);
        Assert.All(sink.Records, r => Assert.Equal(AuditAction.AccessDenied, r.Action));
    }

    [Fact]
    public async Task Record_ManyDistinctSources_AtMostMaxSourcesPlusOtherAreStoredPerWindow()
    {
        var (audit, sink, _) = Create();

        for (var i = 0; i < 500; i++)
        {
            await audit.RecordAsync(new FailedSignInSource("wrong-issuer", $"https://issuer-{i}.test/", null));
        }

        Assert.Equal(FailedSignInAudit.MaxSources + 1, sink.Records.Count);
        Assert.Contains(sink.Records, r => r.Detail!.Contains("reason=other", StringComparison.Ordinal));
    }

    private static (FailedSignInAudit Audit, RecordingSink Sink, ManualClock Clock) Create()
    {
        var sink = new RecordingSink();
        var clock = new ManualClock();
        var services = new ServiceCollection().AddSingleton<IAuditSink>(sink).BuildServiceProvider();
        return (new FailedSignInAudit(services, clock, NullLogger<FailedSignInAudit>.Instance), sink, clock);
    }

    private async Task<List<string>> SearchAsync()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.DevelopmentKey.Credentials, DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience,
            now.AddMinutes(-1), now.AddMinutes(30), new Dictionary<string, object>
            {
                ["sub"] = "operator:ops",
                [DevelopmentIssuerDefaults.OrganisationClaim] = TestTokens.DefaultOds,
                ["scope"] = "system/AuditEvent.rs",
                ["roles"] = "operator",
            });
        using var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await client.GetAsync(new Uri($"/AuditEvent?entity={FailedSignInAudit.Agent}&outcome=4&_count=1000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadJsonResourceAsync(response, "Bundle");
        return bundle.TryGetProperty("entry", out var entries) ? [.. entries.EnumerateArray().Select(e => e.GetProperty("resource").GetRawText())] : [];
    }

    private sealed class RecordingSink : IAuditSink
    {
        private readonly ConcurrentQueue<AuditRecord> _records = new();

        public IReadOnlyCollection<AuditRecord> Records => [.. _records];

        public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
        {
            _records.Enqueue(record);
            return Task.CompletedTask;
        }
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
