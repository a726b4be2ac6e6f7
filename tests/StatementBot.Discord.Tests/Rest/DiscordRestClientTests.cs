using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rest;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Rest;

/// <summary>Rate limits as Discord's headers describe them, 429s (route and global), and error codes, against the fake.</summary>
public sealed class DiscordRestClientTests
{
    [Fact]
    public async Task BucketRunsDry_NextRequestWaitsForTheReset()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var first = true;
        fake.Intercept = r => r.Method == "GET" && r.Path.EndsWith("/commands", StringComparison.Ordinal) && first && !(first = false)
            ? new FakeResponse(200, "[]", new Dictionary<string, string> { ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "0.6" })
            : null;
        await using var services = Services(fake);
        var rest = services.GetRequiredService<DiscordRestClient>();

        // The 0.6 s count from the first response, which comes after the clock starts: the second request cannot be
        // sent before 0.6 s have passed on it, however slow the machine (the first call returning late eats no margin).
        var clock = Stopwatch.StartNew();
        await rest.GetCommandsAsync(FakeDiscord.ApplicationId, null, CancellationToken.None);
        await rest.GetCommandsAsync(FakeDiscord.ApplicationId, null, CancellationToken.None);

        Assert.InRange(clock.Elapsed.TotalMilliseconds, 590, 5000); // without the wait both take a few ms
        Assert.Equal(2, fake.Requests.Count);
    }

    [Fact]
    public async Task GlobalRateLimit_HoldsOtherRoutesButNotInteractionCallbacks()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var limited = false;
        fake.Intercept = r => r.Path.EndsWith("/commands", StringComparison.Ordinal) && !limited && (limited = true)
            ? FakeResponse.RateLimited(1.0, global: true)
            : null;
        await using var services = Services(fake);
        var rest = services.GetRequiredService<DiscordRestClient>();

        var commands = rest.GetCommandsAsync(FakeDiscord.ApplicationId, null, CancellationToken.None); // 429 global, then retried
        await fake.WaitForRequestAsync(r => r.Path.EndsWith("/commands", StringComparison.Ordinal));
        var sinceLimited = Stopwatch.StartNew(); // the 429 reaches the client after this, so its 1 s hold ends later still
        var callbackClock = Stopwatch.StartNew();
        await rest.CreateInteractionResponseAsync("1300000000000000999", "tok", InteractionResponse.Pong, CancellationToken.None);
        var callbackTime = callbackClock.Elapsed;
        // The fake records the request before the client has read its 429; a request sent in between cannot be held
        // (the limit is not known yet). Give the client time to read it.
        await Task.Delay(300);
        await rest.GetGatewayBotAsync(CancellationToken.None);
        var gatewayDone = sinceLimited.Elapsed;
        await commands;

        Assert.True(callbackTime < TimeSpan.FromMilliseconds(600), $"the callback waited {callbackTime.TotalMilliseconds} ms");
        Assert.True(gatewayDone > TimeSpan.FromMilliseconds(950), $"GET /gateway/bot was answered {gatewayDone.TotalMilliseconds} ms after the 429, inside the 1 s hold");
    }

    [Fact]
    public async Task RateLimitLongerThanTheCap_FailsAtOnceInsteadOfStalling()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Intercept = _ => FakeResponse.RateLimited(120);
        await using var services = Services(fake);
        var rest = services.GetRequiredService<DiscordRestClient>();

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => rest.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, error.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2));
        Assert.Single(fake.Requests);
    }

    [Fact]
    public async Task InvalidFormBody_SurfacesDiscordsCodeAndTheRouteTemplateOnly()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Intercept = _ => FakeResponse.Error(400, 50035, "Invalid Form Body");
        await using var services = Services(fake);
        var rest = services.GetRequiredService<DiscordRestClient>();

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() =>
            rest.ModifyOriginalResponseAsync(FakeDiscord.ApplicationId, "interaction-token-secret", new InteractionCallbackData { Content = "x" }, CancellationToken.None));

        Assert.Equal(50035, error.Code);
        Assert.Equal("Discord answered 400 BadRequest to PATCH /webhooks/{application_id}/{interaction_token}/messages/@original (error 50035: Invalid Form Body)", error.Message);
        Assert.Single(fake.Requests); // a 4xx is not retried
    }

    [Fact]
    public async Task PersistentServerError_GivesUpAfterTheConfiguredAttempts()
    {
        await using var fake = await FakeDiscord.StartAsync();
        fake.Intercept = _ => new FakeResponse(503, """{"message":"Service Unavailable"}""");
        await using var services = Services(fake);

        var error = await Assert.ThrowsAsync<DiscordHttpException>(() => services.GetRequiredService<DiscordRestClient>().GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Equal(4, fake.Requests.Count);
    }

    private static ServiceProvider Services(FakeDiscord fake)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordRest(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DISCORD_TOKEN"] = FakeDiscord.Token,
            ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
        }).Build());
        services.AddSingleton(FakeHandlers.Router());
        services.Configure<DiscordTimings>(TestTimings.Apply);
        return services.BuildServiceProvider();
    }
}
