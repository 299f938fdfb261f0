using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Builds the checks of one kind of constraint (format, fixed/pattern, binding, invariant...) for
/// an element. Builders are composed in a list by <see cref="StructureCompiler"/>; each one knows one rule.</summary>
internal interface IElementCheckBuilder
{
    void Build(ElementContext context, List<IElementCheck> checks);
}
