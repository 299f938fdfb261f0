using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Definitions;

/// <summary>Checks the definitions settings before anything loads; every problem is reported at once.</summary>
internal sealed class DefinitionsOptionsValidator : IValidateOptions<DefinitionsOptions>
{
    public ValidateOptionsResult Validate(string? name, DefinitionsOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.PackageDirectory))
        {
            errors.Add("FhirRecovery:PackageDirectory is required.");
        }
        else if (!Directory.Exists(options.ResolvedPackageDirectory))
        {
            errors.Add($"FhirRecovery:PackageDirectory '{options.ResolvedPackageDirectory}' does not exist.");
        }

        foreach (var profile in options.EnforcedProfiles)
        {
            if (!Uri.TryCreate(profile, UriKind.Absolute, out _))
            {
                errors.Add($"FhirRecovery:EnforcedProfiles: '{profile}' is not an absolute canonical URL.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
