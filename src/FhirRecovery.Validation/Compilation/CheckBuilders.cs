namespace FhirRecovery.Validation.Compilation;

/// <summary>The builders that compile an element's checks, cheapest checks first.</summary>
internal static class CheckBuilders
{
    public static IReadOnlyList<IElementCheckBuilder> Create(bool nativeFhirPath) =>
    [
        new PrimitiveFormatBuilder(),
        new FixedPatternBuilder(),
        new ReferenceBuilder(),
        new TypeProfileBuilder(),
        new ResourceTypeBuilder(),
        new BindingBuilder(),
        new CodingBuilder(),
        new ExtensionBuilder(),
        new InvariantBuilder(nativeFhirPath),
        new BundleRulesBuilder(),
        new QuestionnaireResponseBuilder(),
        new NarrativeLinkBuilder(),
    ];
}
