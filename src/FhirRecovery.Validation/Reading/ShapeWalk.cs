using System.Globalization;
using System.Text;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>The state of one JSON shape check: where it is (as segments, turned into text only for a finding) and
/// what it found (null until the first finding).</summary>
internal sealed class ShapeWalk
{
    public Stack<PathSegment> Path { get; } = new();

    public List<Finding>? Findings { get; private set; }

    public void Error(OperationOutcome.IssueType code, string message) =>
        (Findings ??= []).Add(new Finding(OperationOutcome.IssueSeverity.Error, code, message, PathText()));

    private string PathText()
    {
        var text = new StringBuilder();
        foreach (var segment in Path.Reverse())
        {
            if (segment.Name is { } name)
            {
                text.Append(name);
            }
            else
            {
                text.Append('[').Append(segment.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        return text.ToString();
    }
}
