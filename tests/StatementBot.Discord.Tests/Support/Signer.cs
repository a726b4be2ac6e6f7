using System.Text;
using NSec.Cryptography;

namespace StatementBot.Discord.Tests.Support;

/// <summary>Signs requests the way Discord does: Ed25519 over UTF-8(timestamp + raw body).</summary>
public sealed class Signer : IDisposable
{
    /// <summary>RFC 8032 §7.1 TEST 1 secret key — the key pair of ed25519-discord-vectors.json.</summary>
    public const string Rfc8032Test1Secret = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    public const string Rfc8032Test1Public = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private readonly Key _key;

    private Signer(Key key)
    {
        _key = key;
    }

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    /// <summary>A fresh key pair, as a test application would have.</summary>
    public static Signer Create() =>
        new(Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public static Signer FromSecret(string secretHex) =>
        new(Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secretHex), KeyBlobFormat.RawPrivateKey,
            new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public string Sign(string timestamp, byte[] body) =>
        Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, [.. Encoding.UTF8.GetBytes(timestamp), .. body]));

    public void Dispose() => _key.Dispose();
}
