using FhirRecovery.Cli.Token;
using FhirRecovery.Cli.Validate;

namespace FhirRecovery.Cli;

/// <summary>Dispatches the first argument to a command. Every command writes results to stdout and
/// diagnostics to stderr, and returns one of <see cref="ExitCodes"/>.</summary>
internal static class CliApplication
{
    public const string Usage = """
        usage: fhir-recovery <command> [options]

        commands:
          validate [--profile URL]... [--package DIR|TGZ]... [--output text|json] FILE|DIR...
              Validates FHIR resources (JSON or XML) against FHIR R4, their meta.profile and every --profile.
              Exit 0 when no file has an error, 1 when any has, 2 on bad usage.
          token --org ODS [--scope SCOPE]... [--minutes N] [--key PEM]
              Mints a bearer token from the development issuer (embedded default only) for the
              organisation with that ODS code; scopes default to system/*.cruds.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? stderr : stdout).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        return args[0] switch
        {
            "validate" => ValidateCommand.Run(args[1..], stdout, stderr),
            "token" => TokenCommand.Run(args[1..], stdout, stderr),
            _ => Fail(stderr, $"unknown command '{args[0]}'"),
        };
    }

    public static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"fhir-recovery: {message}");
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
