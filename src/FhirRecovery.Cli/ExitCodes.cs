namespace FhirRecovery.Cli;

/// <summary>The exit codes of every fhir-recovery command. They are a contract: scripts and the
/// external conformance run depend on them.</summary>
internal static class ExitCodes
{
    /// <summary>Every input is valid (warnings allowed).</summary>
    public const int Success = 0;

    /// <summary>At least one input has an error, or could not be read.</summary>
    public const int Invalid = 1;

    /// <summary>The command line itself is wrong, or the packages could not be loaded.</summary>
    public const int Usage = 2;
}
