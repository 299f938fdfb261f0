using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Requests;

/// <summary>Keeps the limits within what the gateway can buffer in memory; every problem is reported at once.</summary>
internal sealed class RequestLimitsOptionsValidator : IValidateOptions<RequestLimitsOptions>
{
    // A body is buffered whole before validation; beyond this a single request could exhaust a small container.
    private const long Ceiling = 256L * 1024 * 1024;

    public ValidateOptionsResult Validate(string? name, RequestLimitsOptions options)
    {
        var errors = new List<string>();
        if (options.MaxRequestBodyBytes is < 1024 or > Ceiling)
        {
            errors.Add($"FhirRecovery:MaxRequestBodyBytes must be between 1024 and {Ceiling}; it is {options.MaxRequestBodyBytes}.");
        }

        if (options.MaxNestingDepth is < 16 or > 1024)
        {
            errors.Add($"FhirRecovery:MaxNestingDepth must be between 16 and 1024; it is {options.MaxNestingDepth}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
