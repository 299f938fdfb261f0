using FhirRecovery.Trust.Development;
using FhirRecovery.Trust.Scopes;

namespace FhirRecovery.Cli.Token;

/// <summary>
/// <c>fhir-recovery token --org ODS [--scope S]... [--role R]... [--minutes N] [--key PEM]</c>: mints a bearer token
/// from the development issuer for the embedded default, so the README's curl examples work (<c>--role operator</c>
/// with <c>--scope system/AuditEvent.rs</c> for the operator endpoints).
/// A gateway outside the Development environment does not trust these tokens.
/// </summary>
internal static class TokenCommand
{
    private const string DefaultScope = "system/*.cruds";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? ods = null;
        var scopes = new List<string>();
        var roles = new List<string>();
        var minutes = 60;
        var keyPath = DevelopmentIssuerDefaults.SigningKeyPath;
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count)
            {
                return CliApplication.Fail(stderr, $"{args[i]} needs a value");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--org":
                    ods = value;
                    break;
                case "--scope":
                    scopes.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--role":
                    roles.Add(value);
                    break;
                case "--minutes" when int.TryParse(value, out var m) && m is > 0 and <= 24 * 60:
                    minutes = m;
                    break;
                case "--minutes":
                    return CliApplication.Fail(stderr, "--minutes must be a whole number from 1 to 1440");
                case "--key":
                    keyPath = value;
                    break;
                default:
                    return CliApplication.Fail(stderr, $"unknown option '{args[i - 1]}'");
            }
        }

        if (string.IsNullOrWhiteSpace(ods))
        {
            return CliApplication.Fail(stderr, "token needs --org ODS");
        }

        var bad = scopes.Where(s => !SmartScope.TryParse(s, out _)).ToList();
        if (bad.Count > 0)
        {
            return CliApplication.Fail(stderr, $"not a SMART system scope: {string.Join(", ", bad)}");
        }

        var issuer = new DevelopmentTokenIssuer(
            DevelopmentSigningKey.LoadOrCreate(keyPath),
            DevelopmentIssuerDefaults.Issuer,
            DevelopmentIssuerDefaults.Audience,
            DevelopmentIssuerDefaults.OrganisationClaim,
            TimeProvider.System);
        stdout.WriteLine(issuer.Mint(ods, scopes.Count > 0 ? scopes : [DefaultScope], TimeSpan.FromMinutes(minutes), roles));
        return ExitCodes.Success;
    }
}
