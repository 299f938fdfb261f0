namespace FhirRecovery.Validation;

/// <summary>How the validator judges definitions it cannot resolve: unknown extensions and an unresolvable
/// <c>meta.profile</c>. Issue 4's wording and the HL7 Java validator differ here; see conformance/corpus/README.md.</summary>
public enum UnresolvedDefinitionRules
{
    /// <summary>Issue 4's policy, for the gateway: an unknown extension is a warning (a receiver may ignore it), an
    /// unknown modifierExtension is an error (nobody may ignore it), an unresolvable meta.profile is an error.</summary>
    Gateway,

    /// <summary>The HL7 Java validator's verdicts, for the CLI's conformance contract: an unknown extension or
    /// modifierExtension is a warning on an example URL (example.org, example.com, acme.com, nema.org) and an error
    /// elsewhere; an unresolvable meta.profile is a warning ("could not be resolved, so has not been checked").</summary>
    ReferenceValidator,
}
