using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FhirRecovery.Gateway.Auth;

/// <summary>The SHA-256 of a bearer token: what the token caches keep instead of the token itself.</summary>
internal readonly record struct TokenHash(UInt128 First, UInt128 Second)
{
    /// <summary>Longer tokens are never cached (far beyond any real token; the handlers' own size limits apply).</summary>
    public const int MaxTokenLength = 16 * 1024;

    private const int StackBytes = 4096;

    public static TokenHash Of(ReadOnlySpan<char> token)
    {
        var max = Encoding.UTF8.GetMaxByteCount(token.Length);
        byte[]? rented = max > StackBytes ? ArrayPool<byte>.Shared.Rent(max) : null;
        try
        {
            Span<byte> utf8 = rented ?? stackalloc byte[StackBytes];
            var length = Encoding.UTF8.GetBytes(token, utf8);
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(utf8[..length], digest);
            return new TokenHash(BinaryPrimitives.ReadUInt128LittleEndian(digest), BinaryPrimitives.ReadUInt128LittleEndian(digest[16..]));
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
