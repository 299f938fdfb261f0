using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Cli.Validate;

/// <summary><c>fhir-recovery validate</c>: the gateway's own validator, run over files.</summary>
internal static class ValidateCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var arguments = ValidateArguments.Parse(args, out var usageError);
        if (arguments is null)
        {
            return CliApplication.Fail(stderr, usageError!);
        }

        var files = InputFiles.Expand(arguments.Inputs, out var inputError);
        if (files is null)
        {
            return CliApplication.Fail(stderr, inputError!);
        }

        FhirValidator validator;
        try
        {
            // The packages shipped beside the tool (R4 core and the FhirRecovery IG) come first, then --package.
            var catalog = FhirPackageCatalog.Load([Path.Combine(AppContext.BaseDirectory, "fhir-packages"), .. arguments.Packages]);
            validator = new FhirValidator(catalog, TimeProvider.System);
            var unknown = arguments.Profiles.Where(p => !catalog.Contains(p)).ToList();
            if (unknown.Count > 0)
            {
                stderr.WriteLine($"fhir-recovery: unknown profile(s): {string.Join(", ", unknown)}");
                return ExitCodes.Usage;
            }
        }
        catch (FhirPackageException ex)
        {
            stderr.WriteLine($"fhir-recovery: {ex.Message}");
            return ExitCodes.Usage;
        }

        // The CLI is the conformance contract scored against the HL7 Java validator: its rules for unknown extensions
        // and unresolvable meta.profile (the gateway keeps issue 4's policy; see conformance/corpus/README.md).
        var request = new ValidationRequest(arguments.Profiles) { UnresolvedDefinitions = UnresolvedDefinitionRules.ReferenceValidator };
        var anyInvalid = false;
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file);
            var result = validator.Validate(content, FormatDetector.Detect(file, content), request);
            anyInvalid |= result.HasErrors;
            ReportWriter.Write(stdout, arguments.Output, file, !result.HasErrors, result.Outcome);
        }

        return anyInvalid ? ExitCodes.Invalid : ExitCodes.Success;
    }
}
