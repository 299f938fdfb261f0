using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// The issue code for each reader error, aligned with the codes the checks use for the same problem, so
/// that a problem found by both is reported once (see <see cref="Outcome.FindingList.AddFromReader"/>).
/// </summary>
internal static class ReaderIssueCodes
{
    public const OperationOutcome.IssueType UnknownElement = OperationOutcome.IssueType.Structure;
    public const OperationOutcome.IssueType PrimitiveFormat = OperationOutcome.IssueType.Value;
    public const OperationOutcome.IssueType EmptyElement = OperationOutcome.IssueType.Structure;

    public static OperationOutcome.IssueType For(CodedException problem) => problem.ErrorCode switch
    {
        "PVAL128" => UnknownElement,          // unknown element
        "PVAL101" => OperationOutcome.IssueType.Structure, // choice of a type the element does not allow
        "PVAL123" or "PVAL124" => PrimitiveFormat, // wrong JSON type / literal does not match the primitive's format
        "PVAL129" or "JSON120" => EmptyElement, // empty element or object
        "PVAL116" => OperationOutcome.IssueType.CodeInvalid,
        _ => problem is ExtendedCodedException e ? (OperationOutcome.IssueType)(int)e.IssueType : OperationOutcome.IssueType.Structure,
    };
}
