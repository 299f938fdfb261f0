using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>In a message Bundle, every MessageHeader.focus must be a resource of the same Bundle: a message
/// is self-contained, and a receiver cannot fetch what the sender left out.</summary>
internal sealed class MessageFocusCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Bundle bundle || CodeText.BundleType(bundle) != "message" || run.Scope?.Bundle is not { } index
            || bundle.Entry.FirstOrDefault()?.Resource is not MessageHeader header)
        {
            return;
        }

        var fullUrl = bundle.Entry[0].FullUrl;
        for (var i = 0; i < header.Focus.Count; i++)
        {
            var reference = header.Focus[i].Reference;
            if (reference is null)
            {
                run.Findings.Error(OperationOutcome.IssueType.Required, FocusAt(path, i), "MessageHeader.focus in a message Bundle must be a literal reference to an entry of the Bundle.");
            }
            else if (index.Resolve(reference, fullUrl) is null)
            {
                run.Findings.Error(OperationOutcome.IssueType.NotFound, FocusAt(path, i) + ".reference",
                    $"MessageHeader.focus '{reference}' is not an entry of this message Bundle.");
            }
        }
    }

    private static string FocusAt(ElementPath path, int index) => $"{path.Expression}.entry[0].resource.focus[{index}]";
}
