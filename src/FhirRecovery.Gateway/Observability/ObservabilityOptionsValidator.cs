using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Observability;

internal sealed class ObservabilityOptionsValidator : IValidateOptions<ObservabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, ObservabilityOptions options) =>
        Enum.TryParse<ConsoleLogFormat>(options.LogFormat, ignoreCase: true, out var format) && Enum.IsDefined(format)
            && !int.TryParse(options.LogFormat, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"FhirRecovery:LogFormat must be Json or Text; it is '{options.LogFormat}'.");
}
