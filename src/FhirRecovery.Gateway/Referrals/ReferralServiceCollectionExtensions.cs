using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Messaging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>Registers the referral pathway: the referral store (beside the outbox), the checks and Task routing the
/// routed writes ask, the observer that records referrals and their Task updates, and <c>GET /Task?focus=</c>.</summary>
internal static class ReferralServiceCollectionExtensions
{
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.TryAddSingleton<IReferralStore>(CreateStore);
        services.TryAddSingleton<TaskReceivers>();
        services.TryAddSingleton<ReferralWorkflow>();
        services.AddSingleton<IRoutedWriteObserver, ReferralObserver>();
        return services;
    }

    public static IEndpointRouteBuilder MapReferrals(this IEndpointRouteBuilder endpoints) => endpoints.MapReferralStatus();

    private static RelationalReferralStore CreateStore(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<OutboxSettings>>().Value;
        if (settings.Provider == OutboxProvider.PostgreSql)
        {
            var source = services.GetRequiredService<NpgsqlDataSource>();
            return new RelationalReferralStore(async ct => await source.OpenConnectionAsync(ct), $"{settings.PostgreSqlSchema}.referrals",
                "SELECT pg_advisory_xact_lock(7426158302);\n");
        }

        var path = settings.ResolvedSqlitePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        return new RelationalReferralStore(async ct =>
        {
            var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(ct);
            return connection;
        }, "referrals");
    }
}
