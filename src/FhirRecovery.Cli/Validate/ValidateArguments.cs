namespace FhirRecovery.Cli.Validate;

/// <summary>The parsed arguments of <c>fhir-recovery validate</c>.</summary>
internal sealed record ValidateArguments(
    IReadOnlyList<string> Profiles,
    IReadOnlyList<string> Packages,
    OutputFormat Output,
    IReadOnlyList<string> Inputs)
{
    /// <summary>Parses the arguments after the command name; returns null and an error on bad usage.</summary>
    public static ValidateArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        var profiles = new List<string>();
        var packages = new List<string>();
        var inputs = new List<string>();
        var output = OutputFormat.Text;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--")
            {
                inputs.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                inputs.Add(arg);
                continue;
            }

            // Both "--option value" and "--option=value" are accepted.
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? arg : arg[..eq];
            string? value = eq < 0 ? null : arg[(eq + 1)..];
            if (value is null && name is "--profile" or "--package" or "--output")
            {
                if (i + 1 >= args.Count)
                {
                    error = $"{name} needs a value";
                    return null;
                }

                value = args[++i];
            }

            switch (name)
            {
                case "--profile":
                    profiles.Add(value!);
                    break;
                case "--package":
                    packages.Add(value!);
                    break;
                case "--output" when value is "text":
                    output = OutputFormat.Text;
                    break;
                case "--output" when value is "json":
                    output = OutputFormat.Json;
                    break;
                case "--output":
                    error = $"--output must be text or json, not '{value}'";
                    return null;
                default:
                    error = $"unknown option '{name}'";
                    return null;
            }
        }

        if (inputs.Count == 0)
        {
            error = "no FILE or DIR to validate";
            return null;
        }

        return new ValidateArguments(profiles, packages, output, inputs);
    }
}
