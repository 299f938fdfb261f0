using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Every authority names its issuer and audience and has a source of signing keys; problems are listed at once.</summary>
internal sealed class GatewayAuthenticationOptionsValidator : IValidateOptions<GatewayAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayAuthenticationOptions options)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(options.OrganisationClaim))
        {
            errors.Add("FhirRecovery:Authentication:OrganisationClaim must name a claim.");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Authorities.Count; i++)
        {
            var a = options.Authorities[i];
            var at = $"FhirRecovery:Authentication:Authorities:{i}";
            if (string.IsNullOrWhiteSpace(a.Name) || !names.Add(a.Name))
            {
                errors.Add($"{at}:Name must be present and unique.");
            }

            if (!Uri.TryCreate(a.Issuer, UriKind.Absolute, out _))
            {
                errors.Add($"{at}:Issuer must be an absolute URI.");
            }

            if (string.IsNullOrWhiteSpace(a.Audience))
            {
                errors.Add($"{at}:Audience must be present.");
            }

            if (string.IsNullOrWhiteSpace(a.Authority) && string.IsNullOrWhiteSpace(a.MetadataAddress) && string.IsNullOrWhiteSpace(a.SigningKeyFile))
            {
                errors.Add($"{at} needs Authority, MetadataAddress or SigningKeyFile (where its signing keys come from).");
            }

            if (!a.RequireHttpsMetadata && !new[] { a.Authority, a.MetadataAddress }.Where(u => !string.IsNullOrWhiteSpace(u)).All(IsLoopback))
            {
                errors.Add($"{at}:RequireHttpsMetadata may be false only for an authority on a loopback address.");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsLoopback(string? address) => Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
