using FhirRecovery.Gateway.Validation;

namespace FhirRecovery.Gateway.Tests.Validation;

public sealed class JsonEnvelopeReaderTests
{
    [Fact]
    public void Read_InvalidUtf8InsideAString_IsAProblemNotAnException()
    {
        // {"resourceType":"Pat\xFFient"}: well-formed JSON structure, but the string is not UTF-8.
        byte[] body = [.. "{\"resourceType\":\"Pat"u8, 0xFF, .. "ient\"}"u8];

        var envelope = JsonEnvelopeReader.Read(body, maxDepth: 64, out var problem);

        Assert.Null(envelope);
        Assert.Contains("UTF-8", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ParametersWithResourceAndProfile_UnwrapsBoth()
    {
        var body = """
            {"resourceType":"Parameters","parameter":[
              {"name":"resource","resource":{"resourceType":"Patient","id":"p"}},
              {"name":"profile","valueUri":"https://example.org/p"}]}
            """u8.ToArray();

        var envelope = JsonEnvelopeReader.Read(body, maxDepth: 64, out var problem);

        Assert.Null(problem);
        Assert.NotNull(envelope);
        Assert.Equal("Patient", envelope.ResourceType);
        Assert.Equal(["https://example.org/p"], envelope.Profiles);
    }
}
