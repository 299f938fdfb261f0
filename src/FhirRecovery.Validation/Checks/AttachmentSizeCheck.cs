using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>Attachment.size is the number of bytes of the data; when both are sent they must agree (the HL7 Java
/// validator: "Stated Attachment Size does not match actual attachment size", an error). Invalid base64 is the
/// format check's finding, not this one's.</summary>
internal sealed class AttachmentSizeCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Attachment { DataElement.JsonValue: string data, SizeElement.JsonValue: { } sizeValue }
            || !long.TryParse(Convert.ToString(sizeValue, System.Globalization.CultureInfo.InvariantCulture), out var size))
        {
            return;
        }

        var buffer = new byte[data.Length];
        if (Convert.TryFromBase64String(data, buffer, out var actual) && actual != size)
        {
            run.Findings.Error(OperationOutcome.IssueType.Value, path,
                $"Attachment.size says {size} bytes, but the data holds {actual} bytes.");
        }
    }
}
