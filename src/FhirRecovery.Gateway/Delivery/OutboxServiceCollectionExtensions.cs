using FhirRecovery.Gateway.Audit;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Postgres;
using FhirRecovery.Routing.Outbox.Sqlite;
using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>The outbox and the audit trail in one database (SQLite by default, PostgreSQL by configuration), the YARP
/// transport, and the delivery worker in a background service.</summary>
internal static class OutboxServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxSettings>().Bind(configuration.GetSection(OutboxSettings.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboxSettings>, OutboxSettingsValidator>();
        services.AddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<OutboxSettings>>().Value.PostgreSqlConnectionString!));
        services.AddSingleton<IOutboxStore>(CreateStore);
        services.AddSingleton(CreateAuditStore);
        services.AddSingleton<IAuditStore>(sp => sp.GetRequiredService<RelationalAuditStore>());
        services.AddSingleton<GroupCommitAuditSink>();
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<GroupCommitAuditSink>());
        services.AddHostedService<UnsyncedAuditFlusher>();

        services.AddHttpForwarder();
        services.AddSingleton<ReceiverHttpClient>();
        services.AddReceiverHealthChecks();
        services.AddSingleton<ReceiverForwarder>();
        services.AddSingleton<IDeliveryTransport, YarpDeliveryTransport>();
        services.AddSingleton(sp => new DeliveryWorker(
            sp.GetRequiredService<IOutboxStore>(), sp.GetRequiredService<IDeliveryTransport>(), sp.GetRequiredService<IDirectorySource>(),
            sp.GetRequiredService<IAuditSink>(),
            new DeliveryWorkerOptions { PollInterval = sp.GetRequiredService<IOptions<RoutingOptions>>().Value.WorkerPollInterval },
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DeliveryWorker>>(), sp.GetRequiredService<IReceiverHealth>()));
        services.AddHostedService<RoutingStartup>();
        services.AddHostedService<DeliveryWorkerService>();
        return services;
    }

    private static IOutboxStore CreateStore(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<OutboxSettings>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        return settings.Provider == OutboxProvider.PostgreSql
            ? new PostgresOutboxStore(services.GetRequiredService<NpgsqlDataSource>(), settings.ToStoreOptions(), time, settings.PostgreSqlSchema)
            : new SqliteOutboxStore(SqliteFile(services, settings), settings.ToStoreOptions(), time);
    }

    private static RelationalAuditStore CreateAuditStore(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<OutboxSettings>>().Value;
        if (settings.Provider == OutboxProvider.PostgreSql)
        {
            var source = services.GetRequiredService<NpgsqlDataSource>();
            return new RelationalAuditStore(
                async ct => await source.OpenConnectionAsync(ct), $"{settings.PostgreSqlSchema}.audit_event",
                "SELECT pg_advisory_xact_lock(7426158301);\n", AuditCommitSql.PostgreSql);
        }

        var connectionString = new SqliteConnectionStringBuilder { DataSource = SqliteFile(services, settings), DefaultTimeout = 30 }.ToString();
        // As the outbox's own connections (DurableSqlite): every commit durable, and a locked file waited on, not slept on.
        return new RelationalAuditStore(async ct => await DurableSqlite.OpenAsync(connectionString, ct), "audit_event", null, AuditCommitSql.Sqlite);
    }

    private static string SqliteFile(IServiceProvider services, OutboxSettings settings)
    {
        var path = settings.ResolvedSqlitePath(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
