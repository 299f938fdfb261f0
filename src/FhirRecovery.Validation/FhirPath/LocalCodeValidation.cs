using FhirRecovery.Specification.Terminology;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Terminology;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// memberOf() for invariants, answered from the loaded packages alone (the SDK's FHIRPath asks the evaluation
/// context's terminology service). A value set that is unknown or cannot be expanded completely here gives no
/// result, so the invariant is not failed falsely: like a binding, never a false error without a server.
/// </summary>
internal sealed class LocalCodeValidation(LocalTerminology terminology) : ICodeValidationTerminologyService
{
    public Task<Parameters> ValueSetValidateCode(Parameters parameters, string? id = null, bool useGet = false)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var url = (parameters.GetSingleValue<FhirUri>("url")?.Value ?? parameters.GetSingleValue<Canonical>("url")?.Value)
            ?? throw new ArgumentException("memberOf(): no value set url", nameof(parameters));
        var expansion = terminology.Expand(url);
        if (expansion is not { IsComplete: true })
        {
            throw new NotSupportedException($"The value set {url} cannot be expanded completely from the loaded packages.");
        }

        var codes = new List<(string? System, string Code)>();
        if (parameters.GetSingleValue<Code>("code")?.Value is { } code)
        {
            codes.Add((parameters.GetSingleValue<FhirUri>("system")?.Value, code));
        }

        if (parameters.GetSingleValue<Coding>("coding") is { Code: { } codingCode } coding)
        {
            codes.Add((coding.System, codingCode));
        }

        if (parameters.GetSingleValue<CodeableConcept>("codeableConcept") is { } concept)
        {
            codes.AddRange(concept.Coding.Where(c => c.Code is not null).Select(c => (c.System, c.Code!)));
        }

        var result = codes.Exists(c => c.System is null ? expansion.SystemsOf(c.Code).Count > 0 : expansion.Contains(c.System, c.Code));
        return System.Threading.Tasks.Task.FromResult(new Parameters().Add("result", new FhirBoolean(result)));
    }

    public Task<Parameters> Subsumes(Parameters parameters, string? id = null, bool useGet = false) =>
        throw new NotSupportedException("subsumes() is not evaluated locally.");
}
