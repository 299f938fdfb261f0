using System.Text;
using FhirRecovery.Gateway.Trust;
using Microsoft.AspNetCore.Http;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>The body the shape check read is handed to the endpoint only while it is still the request's body.</summary>
public sealed class ShapeCheckedBodyTests
{
    [Fact]
    public async Task ReadAsync_BodyStillTheCheckedOne_ReturnsTheCheckedBytesWithoutReading()
    {
        var context = new DefaultHttpContext();
        var checkedBody = new ShapeCheckedBody(Encoding.UTF8.GetBytes("{\"resourceType\":\"Patient\"}"));
        context.Features.Set(checkedBody);
        context.Request.Body = checkedBody.Stream;

        var body = await ShapeCheckedBody.ReadAsync(context, 1_000);

        Assert.Same(checkedBody.Bytes, body);
        Assert.Equal(0, checkedBody.Stream.Position);
    }

    [Fact]
    public async Task ReadAsync_BodyReplacedAfterTheCheck_ReadsTheNewBody()
    {
        var context = new DefaultHttpContext();
        var checkedBody = new ShapeCheckedBody(Encoding.UTF8.GetBytes("{\"resourceType\":\"Patient\"}"));
        context.Features.Set(checkedBody);
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("{\"resourceType\":\"Task\"}"));

        var body = await ShapeCheckedBody.ReadAsync(context, 1_000);

        Assert.Equal("{\"resourceType\":\"Task\"}", Encoding.UTF8.GetString(body!));
    }

    [Fact]
    public async Task ReadAsync_CheckedBodyOverTheEndpointsLimit_ReturnsNull()
    {
        var context = new DefaultHttpContext();
        var checkedBody = new ShapeCheckedBody(new byte[100]);
        context.Features.Set(checkedBody);
        context.Request.Body = checkedBody.Stream;

        Assert.Null(await ShapeCheckedBody.ReadAsync(context, 99));
    }
}
