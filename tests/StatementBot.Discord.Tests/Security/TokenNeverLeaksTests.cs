using StatementBot.Discord.Configuration;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace StatementBot.Discord.Tests.Security;

/// <summary>
/// The bot token goes to Discord in the Authorization header and in Identify and Resume, and nowhere else: a whole
/// <c>serve</c> session against the fake Discord — commands, a handler that throws, REST errors and a rate limit,
/// op 7, an invalid session, and finally the token rejected (4004) — leaves it in no log line, no exception, no
/// message the bot sent and no status it reports. Interaction tokens (which can answer for 15 minutes) stay out of the
/// logs too.
/// </summary>
public sealed class TokenNeverLeaksTests
{
    [Fact]
    public async Task WholeServeSession_TokenInNoLogExceptionMessageOrStatus()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var ids = Enumerable.Range(0, 7).Select(_ => FakeInteractions.NewId()).ToArray();
        var failures = 0;
        fake.Intercept = r => r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.Path.Contains(ids[2], StringComparison.Ordinal)
            ? FakeResponse.Error(401, 0, "401: Unauthorized")
            : r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.Path.Contains(ids[3], StringComparison.Ordinal) && Interlocked.Increment(ref failures) == 1
                ? FakeResponse.RateLimited(0.05)
                : r.Path.EndsWith("/callback", StringComparison.Ordinal) && r.Path.Contains(ids[4], StringComparison.Ordinal)
                    ? FakeResponse.Error(500, 0, "500: Internal Server Error")
                    : null;
        fake.Script(
            new GatewayStep.Dispatch(FakeInteractions.Command(ids[0], "quote", ("query", "reality"))), new GatewayStep.WaitForCallback(ids[0]),
            new GatewayStep.Dispatch(FakeInteractions.Command(ids[1], "boom")), new GatewayStep.WaitForCallback(ids[1]),
            new GatewayStep.Dispatch(FakeInteractions.Command(ids[2], "help")), new GatewayStep.WaitForCallback(ids[2]),
            new GatewayStep.Dispatch(FakeInteractions.Command(ids[3], "help")), new GatewayStep.WaitForCallback(ids[3]),
            new GatewayStep.Reconnect());
        fake.Script(
            new GatewayStep.Dispatch(FakeInteractions.Command(ids[4], "quote", ("query", "nothing-matches-this"))), new GatewayStep.WaitForCallback(ids[4]),
            new GatewayStep.InvalidSession(Resumable: false));
        fake.Script(
            new GatewayStep.Dispatch(FakeInteractions.Button(ids[5], "pg:>:2:quote:query=China")), new GatewayStep.WaitForCallback(ids[5]),
            new GatewayStep.Dispatch(FakeInteractions.Autocomplete(ids[6], "quote", "speaker", "wu")), new GatewayStep.WaitForCallback(ids[6]),
            new GatewayStep.Close(4004));

        await using var bot = await GatewayBot.StartAsync(fake);
        Assert.True(await bot.WaitForStopAsync(TimeSpan.FromSeconds(20)), "the session never reached the rejected token");
        var options = bot.Host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;

        // The session did what it was scripted to: three connections, identified, resumed, identified again.
        Assert.Equal(3, fake.Connections.Count);
        Assert.Equal(FakeDiscord.Token, fake.Connections[0].Identify?.GetProperty("token").GetString());
        Assert.Equal(FakeDiscord.Token, fake.Connections[1].Resume?.GetProperty("token").GetString());
        Assert.Contains(bot.Logs.Lines, l => l.Exception is not null);
        Assert.NotNull(bot.Status.FatalError);

        var everything = new[]
        {
            bot.Logs.AllText,
            string.Join("\n", fake.Requests.Select(r => $"{r.Method} {r.Path} {r.Body}")),
            bot.Status.FatalError ?? "",
            options.ToString(),
        };
        foreach (var secret in Secrets(FakeDiscord.Token))
        {
            Assert.All(everything, text => Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase));
        }

        Assert.All(ids.Select(FakeInteractions.TokenFor), token => Assert.DoesNotContain(token, bot.Logs.AllText, StringComparison.Ordinal));
        Assert.All(fake.Requests, r => Assert.True(r.Authorization is null || r.Authorization == "Bot " + FakeDiscord.Token));
    }

    /// <summary>The token, and each of its dot-separated parts long enough to identify it.</summary>
    private static IEnumerable<string> Secrets(string token) =>
        token.Split('.').Where(part => part.Length >= 8).Prepend(token);
}
