using System.Diagnostics.CodeAnalysis;
using System.Text;
using NSec.Cryptography;

namespace StatementBot.Discord.Security;

/// <summary>
/// Verifies Discord's Ed25519 signature on an HTTP interaction: the signed message is the UTF-8 bytes of the
/// <c>X-Signature-Timestamp</c> header followed by the raw body, exactly as received (FACTS §2).
/// </summary>
public sealed class InteractionSignatureVerifier
{
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";

    private const int PublicKeyBytes = 32;
    private const int SignatureBytes = 64;

    private readonly PublicKey _key;

    private InteractionSignatureVerifier(PublicKey key)
    {
        _key = key;
    }

    /// <summary>Parses the application's public key (64 hex characters); false when it is not an Ed25519 key.</summary>
    public static bool TryCreate(string publicKeyHex, [NotNullWhen(true)] out InteractionSignatureVerifier? verifier)
    {
        verifier = null;
        if (!TryDecodeHex(publicKeyHex.Trim(), PublicKeyBytes, out var raw) ||
            !PublicKey.TryImport(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPublicKey, out var key) ||
            key is null)
        {
            return false;
        }

        verifier = new InteractionSignatureVerifier(key);
        return true;
    }

    /// <summary>True only when both headers are present, well formed, and the signature matches the exact body bytes.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> rawBody)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is null || !TryDecodeHex(signatureHex, SignatureBytes, out var signature))
        {
            return false;
        }

        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = new byte[timestampLength + rawBody.Length];
        Encoding.UTF8.GetBytes(timestamp, message);
        rawBody.CopyTo(message.AsSpan(timestampLength));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }

    private static bool TryDecodeHex(string hex, int expectedBytes, out byte[] bytes)
    {
        bytes = [];
        if (hex.Length != expectedBytes * 2 || !hex.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        bytes = Convert.FromHexString(hex);
        return true;
    }
}
