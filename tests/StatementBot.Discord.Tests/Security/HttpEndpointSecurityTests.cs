using System.Diagnostics;
using System.Net;
using System.Text;
using CsCheck;
using Microsoft.Extensions.Logging;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Security;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Hostile;
using StatementBot.Discord.Tests.Support;
using Xunit.Abstractions;

namespace StatementBot.Discord.Tests.Security;

/// <summary>
/// <c>serve --http</c> on loopback under hostile requests: every bad signature, missing header, altered body, wrong
/// key or stale timestamp gets 401, an oversized body 413, a malformed interaction 400, a signed one its answer —
/// never a 500, and never more than a few plain words in an error's body.
/// </summary>
public sealed class HttpEndpointSecurityTests(SeedIndexFixture seeds, ITestOutputHelper output) : IClassFixture<SeedIndexFixture>
{
    /// <summary>Each one a signed (or mis-signed) HTTP request through Kestrel: a few milliseconds apiece.</summary>
    private const int Cases = 2_000;

    [Fact]
    public async Task Endpoint_GeneratedRequests_EachGetsTheStatusItsSignatureAndBodyCallFor()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var application = Signer.Create();
        using var stranger = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, application.PublicKeyHex, seeds.Router());
        var statuses = new Dictionary<HttpStatusCode, int>();
        var clock = Stopwatch.StartNew();

        var requests = Gen.Select(HostileInteractions.Any, Gen.Frequency((6, Gen.Const(Signing.AsDiscord)), (4, Gen.Enum<Signing>())));
        await requests.SampleAsync(async (generated, signing) =>
        {
            using var response = await SignedRequest.PostAsync(bot, application, stranger, generated.Json, signing);
            var body = await response.Content.ReadAsStringAsync();
            lock (statuses)
            {
                statuses[response.StatusCode] = statuses.GetValueOrDefault(response.StatusCode) + 1;
            }

            var expected = signing != Signing.AsDiscord ? HttpStatusCode.Unauthorized
                : generated.Answerable ? HttpStatusCode.OK
                : HttpStatusCode.BadRequest;
            Assert.True(expected == response.StatusCode, $"{signing}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var problems = UserFacing.Problems(body);
                Assert.True(problems.Count == 0, string.Join("\n", problems));
            }
            else
            {
                Assert.InRange(body.Length, 1, 40);
                Assert.DoesNotContain("Exception", body);
            }
        }, iter: Cases, threads: 2, print: t => $"{t.Item2}: {t.Item1}");

        output.WriteLine($"{Cases:N0} generated requests in {clock.Elapsed.TotalSeconds:F1} s: " +
            string.Join(", ", statuses.OrderBy(s => (int)s.Key).Select(s => $"{(int)s.Key} × {s.Value}")));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Level >= LogLevel.Error && l.Exception is not null);
    }

    [Theory]
    [InlineData(Signing.WrongKey, "invalid request signature")]
    [InlineData(Signing.AlteredBody, "invalid request signature")]
    [InlineData(Signing.NoSignature, "invalid request signature")]
    [InlineData(Signing.NoTimestamp, "invalid request signature")]
    [InlineData(Signing.NotHex, "invalid request signature")]
    [InlineData(Signing.SixMinutesOld, "stale request timestamp")]
    [InlineData(Signing.SixMinutesAhead, "stale request timestamp")]
    [InlineData(Signing.NotANumber, "stale request timestamp")]
    public async Task Endpoint_AnythingButDiscordsSignatureNow_Is401AndNothingRuns(Signing signing, string reason)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var application = Signer.Create();
        using var stranger = Signer.Create();
        var router = seeds.Router();
        await using var bot = await HttpBot.StartAsync(fake, application.PublicKeyHex, router);

        using var response = await SignedRequest.PostAsync(bot, application, stranger, FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "militaries")), signing);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(reason, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.StartsWith("Answered", StringComparison.Ordinal));
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public async Task Endpoint_ReplayWithinTheWindow_StillAnswered()
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var application = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, application.PublicKeyHex, seeds.Router());
        var fourMinutesAgo = (DateTimeOffset.UtcNow.ToUnixTimeSeconds() - 240).ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var response = await bot.PostSignedAsync(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", "militaries")), application, fourMinutesAgo);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Endpoint_BodyOverTheLimit_Is413WhetherItsLengthIsDeclaredOrNot(bool declared)
    {
        await using var fake = await FakeDiscord.StartAsync();
        using var application = Signer.Create();
        await using var bot = await HttpBot.StartAsync(fake, application.PublicKeyHex, seeds.Router());
        var body = Encoding.UTF8.GetBytes(FakeInteractions.Command(FakeInteractions.NewId(), "quote", ("query", new string('a', DiscordHttpInteractions.MaxBodyBytes))));
        var timestamp = HttpBot.Now;
        using var request = new HttpRequestMessage(HttpMethod.Post, DiscordHttpInteractions.DefaultPattern)
        {
            Content = declared ? new ByteArrayContent(body) : new StreamContent(new MemoryStream(body)),
        };
        if (!declared)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        request.Headers.TryAddWithoutValidation(InteractionSignatureVerifier.SignatureHeader, application.Sign(timestamp, body));
        request.Headers.TryAddWithoutValidation(InteractionSignatureVerifier.TimestampHeader, timestamp);

        using var response = await bot.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("request body too large", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(-300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public void Timestamp_FiveMinutesEitherWay_IsTheWindow(int secondsOff, bool fresh)
    {
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var timestamp = (now.ToUnixTimeSeconds() + secondsOff).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(fresh, InteractionTimestamp.IsFresh(timestamp, now));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 1780315200")]
    [InlineData("1780315200.5")]
    [InlineData("-1780315200")]
    [InlineData("+1780315200")]
    [InlineData("99999999999999999999")]
    [InlineData("１７８０３１５２００")]
    public void Timestamp_NotWholeUnixSeconds_IsNeverFresh(string? timestamp) =>
        Assert.False(InteractionTimestamp.IsFresh(timestamp, DateTimeOffset.FromUnixTimeSeconds(1780315200)));
}
