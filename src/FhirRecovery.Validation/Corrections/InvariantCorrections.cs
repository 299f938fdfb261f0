namespace FhirRecovery.Validation.Corrections;

/// <summary>What to do with a core invariant instead of evaluating it as published.</summary>
/// <param name="Expression">The corrected FHIRPath, or null when the rule is checked natively or not at all.</param>
/// <param name="Reason">Why the published expression is not used.</param>
internal sealed record InvariantCorrection(string? Expression, string Reason);

/// <summary>
/// THE ONE PLACE for corrections to R4 core invariants (with <see cref="CoreCorrections"/> for regexes).
/// Keyed by constraint key; applied only to constraints whose published expression is the one corrected,
/// so an IG that reuses a key with its own expression is not affected.
/// <para>Several other R4 core invariants (eld-*, sdf-*, que-*, vs-*) are known to fail as published in
/// engines that read an empty result as "false". <see cref="Checks.InvariantCheck"/> reads empty as
/// satisfied, which is what FHIRPath's "implies" requires; with that, validating all 4,461 resources of the
/// core package against their own definitions raised no invariant error and no evaluation failure (checked
/// 2026-11-23), so no other correction is listed. Add one here, with its reason, when a case shows the need.</para>
/// </summary>
internal static class InvariantCorrections
{
    private static readonly Dictionary<string, (string Published, InvariantCorrection Correction)> ByKey = new(StringComparer.Ordinal)
    {
        // ele-1 "hasValue() or (children().count() > id.count())" applies to every element of every instance;
        // evaluated natively in InstanceWalker (an empty element is reported there) instead of by FHIRPath.
        ["ele-1"] = ("*", new(null, "checked natively for every element (InstanceWalker)")),

        // ref-1 as published fails on every display-only or identifier-only Reference (reference is empty, so
        // startsWith() is empty). ReferenceCheck resolves "#id" references against the contained resources natively.
        ["ref-1"] = ("*", new(null, "broken on display-only references; contained resolution is checked natively (ReferenceCheck)")),

        // bdl-7 compares every entry with every other: quadratic on large Bundles. BundleIndex finds duplicate
        // fullUrls with one dictionary pass instead.
        ["bdl-7"] = ("*", new(null, "quadratic as published; checked natively by BundleIndex")),

        // que-7 tests "answer is Boolean": System.Boolean, which a FHIR boolean (answerBoolean) is not, so the rule
        // fails on the very answers it asks for. The HL7 Java validator matches type names case-insensitively
        // (FHIR boolean passes); testing the FHIR type says the same.
        ["que-7"] = ("operator = 'exists' implies (answer is Boolean)",
            new("operator = 'exists' implies (answer is boolean)", "'Boolean' is System.Boolean; the answer is a FHIR boolean")),

        // que-12's human text is "more than one enableWhen", but the expression tests count() > 2, so exactly two
        // enableWhen without enableBehavior pass. The HL7 Java validator applies the text (two need enableBehavior).
        ["que-12"] = ("enableWhen.count() > 2 implies enableBehavior.exists()",
            new("enableWhen.count() > 1 implies enableBehavior.exists()", "the expression says > 2 where its human text (and Java) say more than one")),

    };

    /// <summary>The correction for this constraint, or null to evaluate it as published.</summary>
    public static InvariantCorrection? For(string key, string? publishedExpression) =>
        ByKey.TryGetValue(key, out var entry) && (entry.Published == "*" || entry.Published == publishedExpression) ? entry.Correction : null;
}
