using System.Text;
using FhirRecovery.Gateway.Audit;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Validation;

namespace FhirRecovery.Gateway.Tests.Audit;

/// <summary>Every action with every outcome serialises as FHIR JSON with the outcome's code (the SDK's enum is ordinal,
/// so a plain cast of 4, 8 or 12 once made GET /AuditEvent answer 500 for any failure).</summary>
public sealed class AuditEventMapperTests
{
    public static TheoryData<AuditAction, AuditOutcome> AllCombinations()
    {
        var data = new TheoryData<AuditAction, AuditOutcome>();
        foreach (var action in Enum.GetValues<AuditAction>())
        {
            foreach (var outcome in Enum.GetValues<AuditOutcome>())
            {
                data.Add(action, outcome);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllCombinations))]
    public void ToAuditEvent_AnyActionAndOutcome_SerialisesWithTheOutcomeCodeAndAnOwnSubtype(AuditAction action, AuditOutcome outcome)
    {
        var record = new AuditRecord(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), action, outcome, "FRD01", "FRD01",
            "endpoint-1", "northside-cds", "message-1", "Bundle", "correlation-1");

        var json = Encoding.UTF8.GetString(FhirSerialization.ToBytes(AuditEventMapper.ToAuditEvent(new StoredAuditRecord("a1", record)), FhirFormat.Json));

        Assert.Contains($"\"outcome\":\"{(int)outcome}\"", json, StringComparison.Ordinal);
        Assert.Contains($"\"code\":\"{AuditEventMapper.Code(action)}\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_EveryAction_IsDistinct()
    {
        var codes = Enum.GetValues<AuditAction>().Select(AuditEventMapper.Code).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }
}
