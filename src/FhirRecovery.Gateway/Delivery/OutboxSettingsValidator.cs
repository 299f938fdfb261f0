using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>Checks the outbox settings whole and reports every problem at once.</summary>
internal sealed class OutboxSettingsValidator : IValidateOptions<OutboxSettings>
{
    public ValidateOptionsResult Validate(string? name, OutboxSettings options)
    {
        var problems = options.ToStoreOptions().Retry.Problems().Select(p => "FhirRecovery:Outbox: " + p).ToList();
        if (options.Provider == OutboxProvider.PostgreSql && string.IsNullOrWhiteSpace(options.PostgreSqlConnectionString))
        {
            problems.Add("FhirRecovery:Outbox:PostgreSqlConnectionString is required when the provider is PostgreSql.");
        }

        if (options.Provider == OutboxProvider.Sqlite && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            problems.Add("FhirRecovery:Outbox:SqlitePath is required when the provider is Sqlite.");
        }

        if (options.DeliveryTimeout <= TimeSpan.Zero)
        {
            problems.Add("FhirRecovery:Outbox:DeliveryTimeout must be positive.");
        }

        if (options.LeaseDuration <= options.DeliveryTimeout)
        {
            problems.Add("FhirRecovery:Outbox:LeaseDuration must be longer than DeliveryTimeout, or a slow send could be repeated by another worker.");
        }

        if (options.ProxiedReadAuditSyncInterval < TimeSpan.Zero || options.ProxiedReadAuditSyncInterval > TimeSpan.FromSeconds(10))
        {
            problems.Add("FhirRecovery:Outbox:ProxiedReadAuditSyncInterval must be between 0 (synced before the answer) and 10 seconds.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
