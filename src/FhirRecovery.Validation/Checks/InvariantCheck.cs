using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;
using FhirRecovery.Validation.FhirPath;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// A FHIRPath invariant of an element, compiled once. True or empty means satisfied (as FHIRPath's
/// "implies" needs). %resource and %rootResource are set from the run's scope. An expression that fails
/// to evaluate is reported as a warning naming the invariant, never thrown.
/// </summary>
internal sealed class InvariantCheck(string key, OperationOutcome.IssueSeverity severity, string human, string expressionText, CompiledExpression compiled,
    Func<Base, bool?>? native = null, NativeExpression? nativeExpression = null) : IElementCheck
{
    // The same text for every value that fails: built once.
    private readonly string _failureMessage = $"Constraint failed: {key}: {human}";

    public string Key { get; } = key;

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        bool satisfied;
        try
        {
            satisfied = native?.Invoke(value) ?? EvaluateNatively(value, run)
                ?? compiled.Predicate(value.ToPocoNode(ModelInfo.ModelInspector), run.EvaluationContext());
        }
        catch (Hl7.Fhir.Validation.CodedValidationException)
        {
            // The SDK's FHIRPath reads coded values through their enums; a code outside the enumeration is reported
            // by the element's binding, so this is not a second problem of the sender's.
            run.Findings.Information(OperationOutcome.IssueType.Informational, path,
                $"Invariant {Key} was not evaluated because a coded value in its scope is not a known code.");
            return;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            run.Findings.Warning(OperationOutcome.IssueType.Exception, path,
                $"Invariant {Key} could not be evaluated ({e.GetType().Name}: {e.Message}); expression: {expressionText}");
            return;
        }

        if (!satisfied)
        {
            run.Findings.Add(new Outcome.Finding(severity, OperationOutcome.IssueType.Invariant, _failureMessage, path.Expression));
        }
    }

    /// <summary>True or empty is satisfied, as with the SDK's Predicate; null when the SDK must decide.</summary>
    private bool? EvaluateNatively(Base value, ValidationRun run)
    {
        if (nativeExpression is null)
        {
            return null;
        }

        try
        {
            var scope = run.Scope;
            var result = nativeExpression(NativeCollection.Of(value), new NativeEnvironment(scope?.Resource, scope?.Container ?? scope?.Resource));
            return result.Count == 0 ? true : result.Count == 1 && result[0] is bool b ? b : null;
        }
        catch (Exception e) when (e is NativeFallbackException or System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
