using System.Text;
using System.Text.Json;
using StatementBot.Discord.Security;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Security;

public sealed class InteractionSignatureVerifierTests
{
    public static TheoryData<int> VectorCases() => new(Enumerable.Range(0, 7));

    [SharedTheory]
    [MemberData(nameof(VectorCases))]
    public void Verify_DiscordVectors_MatchesExpectedValidity(int index)
    {
        using var vectors = JsonDocument.Parse(File.ReadAllText(SharedData.SharedPath("discord", "ed25519-discord-vectors.json")));
        var vector = vectors.RootElement.GetProperty("cases")[index];
        Assert.True(InteractionSignatureVerifier.TryCreate(vector.GetProperty("public_key_hex").GetString()!, out var verifier));

        var valid = verifier.Verify(
            vector.GetProperty("x_signature_ed25519").GetString(),
            vector.GetProperty("x_signature_timestamp").GetString(),
            Encoding.UTF8.GetBytes(vector.GetProperty("body_utf8").GetString()!));

        Assert.Equal(vector.GetProperty("expect_valid").GetBoolean(), valid);
    }

    [SharedFact]
    public void Verify_Rfc8032Test2_MessageSplitIntoTimestampAndEmptyBody()
    {
        using var vectors = JsonDocument.Parse(File.ReadAllText(SharedData.SharedPath("discord", "ed25519-discord-vectors.json")));
        var test2 = vectors.RootElement.GetProperty("rfc8032_test2");
        Assert.True(InteractionSignatureVerifier.TryCreate(test2.GetProperty("public_key_hex").GetString()!, out var verifier));

        // The message is the single byte 0x72 ("r"): as a timestamp with an empty body it signs the same bytes.
        Assert.True(verifier.Verify(test2.GetProperty("signature_hex").GetString(), "r", []));
        Assert.False(verifier.Verify(test2.GetProperty("signature_hex").GetString(), "s", []));
    }

    [Fact]
    public void Verify_KeyMadeByTheTest_AcceptsItsSignatureAndRejectsAnyChange()
    {
        using var signer = Signer.Create();
        Assert.True(InteractionSignatureVerifier.TryCreate(signer.PublicKeyHex, out var verifier));
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var signature = signer.Sign("1718000000", body);

        Assert.True(verifier.Verify(signature, "1718000000", body));
        Assert.True(verifier.Verify(signature.ToUpperInvariant(), "1718000000", body));
        Assert.False(verifier.Verify(signature, "1718000001", body));
        Assert.False(verifier.Verify(signature, "1718000000", Encoding.UTF8.GetBytes("""{"type":2}""")));
        Assert.False(verifier.Verify(signature[..^2], "1718000000", body));
        Assert.False(verifier.Verify("zz" + signature[2..], "1718000000", body));
        Assert.False(verifier.Verify(null, "1718000000", body));
        Assert.False(verifier.Verify(signature, null, body));
        Assert.False(verifier.Verify(signature, "", body));
    }

    [Theory]
    [InlineData("")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00")]
    [InlineData("not hex at all, not hex at all, not hex at all, not hex at all!!")]
    public void TryCreate_NotAnEd25519Key_ReturnsFalse(string key) =>
        Assert.False(InteractionSignatureVerifier.TryCreate(key, out _));
}
