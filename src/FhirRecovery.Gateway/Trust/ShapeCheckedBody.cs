using FhirRecovery.Gateway.Requests;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// The request body as <see cref="BodyShapeLimitsMiddleware"/> read and checked it, kept on the request so that the
/// endpoint takes the same bytes instead of reading (and copying) the body a second time. Valid only while the
/// request's Body is still the stream the middleware put there.
/// </summary>
internal sealed class ShapeCheckedBody(byte[] bytes)
{
    public byte[] Bytes { get; } = bytes;

    public Stream Stream { get; } = new MemoryStream(bytes, writable: false);

    /// <summary>The whole body: the checked bytes when the middleware read them and nothing replaced the body since,
    /// otherwise read now (null when larger than <paramref name="maxBytes"/>, as <see cref="RequestBody.ReadAsync"/>).</summary>
    public static Task<byte[]?> ReadAsync(HttpContext context, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<ShapeCheckedBody>() is { } checkedBody && ReferenceEquals(context.Request.Body, checkedBody.Stream)
            && checkedBody.Bytes.LongLength <= maxBytes
            ? Task.FromResult<byte[]?>(checkedBody.Bytes)
            : RequestBody.ReadAsync(context.Request, maxBytes, context.RequestAborted);
    }
}
