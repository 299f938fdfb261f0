using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;
using Hl7.Fhir.Validation;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// Runs one check so that a failure inside it stays local: the walk goes on with the next check and the next
/// element, and the sender gets ordinary issues instead of one "validator failed" for the whole instance.
/// </summary>
internal static class CheckGuard
{
    public static void Run(IElementCheck check, Base value, ElementPath path, ValidationRun run)
    {
        try
        {
            check.Check(value, path, run);
        }
        catch (CodedValidationException)
        {
            // An SDK enum getter met a code outside its enumeration ("bag" for Bundle.type). The binding check of
            // that element reports the code itself; this check cannot judge the rest without it.
            run.Findings.Information(OperationOutcome.IssueType.Informational, path,
                $"Some rules ({check.GetType().Name}) were not checked here because a value here could not be read as its type (an unknown code or a wrong JSON shape, reported separately).");
        }
        catch (Exception e) when (e is not OutOfMemoryException and not InsufficientExecutionStackException)
        {
            // A defect of one check must not be a silent pass: an error at the element, and the walk goes on.
            run.Findings.Error(OperationOutcome.IssueType.Exception, path,
                $"The validator could not complete a check here ({check.GetType().Name}: {e.GetType().Name}); this element is not fully validated.");
        }
    }
}
