using FhirRecovery.Gateway.Messaging;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Tests.Messaging;

/// <summary>MessageHeader.focus must resolve inside the message Bundle: by fullUrl, by its trailing Type/id, or by the
/// entry's own type and id.</summary>
public sealed class MessageBundlesTests
{
    [Theory]
    [InlineData("https://prison.example/fhir/Patient/p1")]
    [InlineData("Patient/p1")]
    [InlineData("urn:uuid:7d1d2a3b-0000-4000-8000-000000000001")]
    public void Problem_FocusResolvesToAnEntry_None(string focus)
    {
        Assert.Null(MessageBundles.Problem(Message(focus)));
    }

    [Theory]
    [InlineData("Patient/p")]
    [InlineData("Patient/p12")]
    [InlineData("atient/p1")]
    [InlineData("Organization/p1")]
    public void Problem_FocusMatchesNoEntry_NamesIt(string focus)
    {
        var problem = MessageBundles.Problem(Message(focus));

        Assert.NotNull(problem);
        Assert.Contains(focus, problem, StringComparison.Ordinal);
    }

    private static Bundle Message(string focus) => new()
    {
        Type = Bundle.BundleType.Message,
        Entry =
        [
            new Bundle.EntryComponent
            {
                FullUrl = "urn:uuid:7d1d2a3b-0000-4000-8000-000000000000",
                Resource = new MessageHeader { Focus = [new ResourceReference(focus)] },
            },
            new Bundle.EntryComponent { FullUrl = "https://prison.example/fhir/Patient/p1", Resource = new Patient { Id = "p1" } },
            new Bundle.EntryComponent { FullUrl = "urn:uuid:7d1d2a3b-0000-4000-8000-000000000001", Resource = new Patient { Id = "p2" } },
        ],
    };
}
