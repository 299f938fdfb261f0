using FhirRecovery.Validation.Checks;
using FhirRecovery.Validation.Corrections;
using FhirRecovery.Validation.FhirPath;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>The FHIRPath constraints of an element, with the core corrections applied. A constraint that does
/// not compile fails the compilation of the structure (reported by Warm at start-up).</summary>
internal sealed class InvariantBuilder(bool nativeFhirPath) : IElementCheckBuilder
{
    private const string BestPractice = "http://hl7.org/fhir/StructureDefinition/elementdefinition-bestpractice";

    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        foreach (var constraint in context.Element.Constraint)
        {
            if (constraint.Key is not { } key || constraint.Expression is not { } published)
            {
                continue;
            }

            var correction = InvariantCorrections.For(key, published);
            var expression = correction is null ? published : correction.Expression;
            if (expression is null)
            {
                continue;
            }

            var isBestPractice = constraint.GetBoolExtension(BestPractice) == true;
            var severity = constraint.Severity == ConstraintSeverity.Warning || isBestPractice
                ? OperationOutcome.IssueSeverity.Warning
                : OperationOutcome.IssueSeverity.Error;
            try
            {
                checks.Add(new InvariantCheck(key, severity, constraint.Human ?? key, expression, FhirPathCache.Get(expression),
                    NativeInvariants.For(key, expression), nativeFhirPath ? NativeFhirPathCompiler.TryCompile(expression) : null));
            }
            catch (FormatException e)
            {
                throw new InvalidOperationException($"Invariant {key} on {context.Element.Path} in '{context.Structure.Url}' does not compile: {e.Message}", e);
            }
        }
    }
}
