using System.Globalization;
using System.Threading.RateLimiting;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Per-client rate limiting and request timeouts, both answering with OperationOutcomes: 429 with Retry-After
/// when a client (its organisation once authenticated, else its IP address) exceeds its window, 503 when a request runs
/// past the timeout. Health probes are never limited.</summary>
internal static class Protection
{
    public static IServiceCollection AddGatewayProtection(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProtectionOptions>().Bind(configuration.GetSection(ProtectionOptions.SectionName))
            .Validate(o => o.PermitsPerWindow > 0 && o.WindowSeconds > 0 && o.RequestTimeoutSeconds > 0 && o.MaxElementCount > 0 && o.MaxStringLength > 0,
                "FhirRecovery:Protection values must all be positive.")
            .ValidateOnStart();
        // HSTS (sent outside Development, over HTTPS): a year, subdomains included, as NHS and NCSC guidance expect.
        services.AddHsts(hsts =>
        {
            hsts.MaxAge = TimeSpan.FromDays(365);
            hsts.IncludeSubDomains = true;
        });
        services.AddGatewayEndpoints(configuration);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<ProtectionOptions>>((limiter, protection) =>
        {
            var window = TimeSpan.FromSeconds(protection.Value.WindowSeconds);
            var permits = protection.Value.PermitsPerWindow;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter("health")
                    : RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = permits,
                        Window = window,
                        QueueLimit = 0,
                    }));
            limiter.OnRejected = (rejected, _) => WriteTooManyAsync(rejected, window);
        });
        services.AddRequestTimeouts(_ => { });
        services.AddOptions<Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutOptions>().Configure<IOptions<ProtectionOptions>>((timeouts, protection) =>
            timeouts.DefaultPolicy = new Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy
            {
                Timeout = TimeSpan.FromSeconds(protection.Value.RequestTimeoutSeconds),
                TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
                WriteTimeoutResponse = context => FhirResponse.WriteAsync(context, StatusCodes.Status503ServiceUnavailable,
                    Outcomes.Error(IssueType.Timeout, "The request took too long and was cancelled."), ResponseNegotiation.NegotiateOrJson(context.Request)),
            });
        return services;
    }

    // The organisation claim of a validated token when there is one (rate limiting runs after authentication).
    private static string ClientKey(HttpContext context)
    {
        var claim = context.RequestServices.GetRequiredService<IOptions<Auth.GatewayAuthenticationOptions>>().Value.OrganisationClaim;
        var ods = context.User.Identity?.IsAuthenticated == true ? context.User.FindFirst(claim)?.Value : null;
        return ods is not null ? "org:" + ods : "ip:" + context.Connection.RemoteIpAddress;
    }

    private static async ValueTask WriteTooManyAsync(OnRejectedContext rejected, TimeSpan window)
    {
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : window;
        var context = rejected.HttpContext;
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await FhirResponse.WriteAsync(context, StatusCodes.Status429TooManyRequests,
            Outcomes.Error(IssueType.Throttled, "Too many requests from this client; retry after the time in Retry-After."),
            ResponseNegotiation.NegotiateOrJson(context.Request));
    }
}
