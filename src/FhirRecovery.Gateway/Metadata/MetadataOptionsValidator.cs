using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Metadata;

internal sealed class MetadataOptionsValidator : IValidateOptions<MetadataOptions>
{
    public ValidateOptionsResult Validate(string? name, MetadataOptions options)
    {
        if (options.PublicBaseUrl is null)
        {
            return ValidateOptionsResult.Success;
        }

        return Uri.TryCreate(options.PublicBaseUrl, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"FhirRecovery:PublicBaseUrl '{options.PublicBaseUrl}' must be an absolute http(s) URL without query or fragment.");
    }
}
