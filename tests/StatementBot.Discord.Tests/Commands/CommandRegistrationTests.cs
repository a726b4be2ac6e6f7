using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Hosting;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Commands;

/// <summary><c>register</c>: the catalog checked against Discord's rules, bulk-overwritten, and what Discord now has read back.</summary>
public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task RegisterAsync_Globally_OverwritesAndReturnsWhatDiscordHas()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var services = Services(fake, guildId: null);

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal("global", result.Scope);
        Assert.Equal(["quote", "speaker", "help", "slow", "boom"], result.Commands.Select(c => c.Name));
        Assert.All(result.Commands, c => Assert.False(string.IsNullOrEmpty(c.Id)));
        var put = Assert.Single(fake.Requests, r => r.Method == "PUT");
        Assert.Equal($"/applications/{FakeDiscord.ApplicationId}/commands", put.Path);
        Assert.Equal("Bot " + FakeDiscord.Token, put.Authorization);
        Assert.Matches(@"^DiscordBot \(https?://\S+, [0-9][^)]*\)$", put.UserAgent);
        Assert.Equal("application/json", put.ContentType);
        Assert.Contains(fake.Requests, r => r.Path == "/applications/@me"); // no DISCORD_APPLICATION_ID: asked Discord
    }

    [Fact]
    public async Task RegisterAsync_QuoteCommand_RequiredFirstAutocompleteAndIntegerBounds()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var services = Services(fake, guildId: FakeInteractions.GuildId);

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var quote = Assert.Single(fake.Requests, r => r.Method == "PUT").Json[0];
        Assert.Equal(
            """[{"type":3,"name":"query","description":"Words to look for.","required":true},{"type":3,"name":"speaker","description":"Only this speaker.","autocomplete":true},{"type":4,"name":"page","description":"Page of results.","min_value":1,"max_value":50}]""",
            quote.GetProperty("options").GetRawText());
    }

    [Fact]
    public async Task RegisterAsync_Globally_InstallableToServersAndAccounts_UsableEverywhere_ExceptServerOnlyCommands()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var router = new CommandRouter([new Named("anywhere"), new Named("alerts", guildOnly: true)], TestCorpus.Speakers);
        await using var services = Services(fake, guildId: null, router: router);

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var sent = Assert.Single(fake.Requests, r => r.Method == "PUT").Json;
        Assert.Equal("[0,1]", sent[0].GetProperty("integration_types").GetRawText()); // a server, or a user's own account
        Assert.Equal("[0,1,2]", sent[0].GetProperty("contexts").GetRawText()); // server channels, the bot's DM, other DMs
        Assert.Equal("[0]", sent[1].GetProperty("integration_types").GetRawText());
        Assert.Equal("[0]", sent[1].GetProperty("contexts").GetRawText());
    }

    [Fact]
    public async Task RegisterAsync_ToOneServer_LeavesOutWhatDiscordReadsOnGlobalCommandsOnly()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var services = Services(fake, guildId: FakeInteractions.GuildId);

        await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        var sent = Assert.Single(fake.Requests, r => r.Method == "PUT").Json;
        Assert.All(Enumerable.Range(0, sent.GetArrayLength()), i =>
        {
            Assert.False(sent[i].TryGetProperty("integration_types", out _));
            Assert.False(sent[i].TryGetProperty("contexts", out _));
        });
    }

    [Fact]
    public async Task RegisterAsync_TokenRejected_ClearErrorValue()
    {
        await using var fake = await FakeDiscord.StartAsync();
        await using var services = Services(fake, guildId: null, token: "revoked-token");

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync();

        Assert.False(result.Succeeded);
        Assert.Equal("Discord rejected the bot token (401 Unauthorized): check DISCORD_TOKEN.", result.Error);
    }

    [Fact]
    public async Task RegisterAsync_CatalogBreakingDiscordRules_NothingSent()
    {
        await using var fake = await FakeDiscord.StartAsync();
        var router = new CommandRouter([new Named("Quote"), new Named("has space")], TestCorpus.Speakers);
        await using var services = Services(fake, guildId: null, router: router);

        var result = await services.GetRequiredService<DiscordCommandRegistrar>().RegisterAsync(FakeDiscord.ApplicationId);

        Assert.False(result.Succeeded);
        Assert.Contains("/Quote: \"Quote\" is not a valid name", result.Error);
        Assert.Contains("/has space: \"has space\" is not a valid name", result.Error);
        Assert.Empty(fake.Requests);
    }

    [Fact]
    public void Validate_RulesTheSpecCannotExpress_EachReported()
    {
        var choices = Enumerable.Range(1, 26).Select(i => ApplicationCommandOptionChoice.Text($"c{i}", $"v{i}")).ToArray();
        var commands = new[]
        {
            new ApplicationCommand("ok", "Fine.", [
                new ApplicationCommandOption(ApplicationCommandOptionType.String, "later", "Optional."),
                new ApplicationCommandOption(ApplicationCommandOptionType.String, "first", "Required.", Required: true),
                new ApplicationCommandOption(ApplicationCommandOptionType.String, "pick", "Too many.", Choices: choices, Autocomplete: true),
                new ApplicationCommandOption(ApplicationCommandOptionType.Boolean, "flag", "Bool.", Autocomplete: true),
            ]),
            new ApplicationCommand("ok", "", null),
            new ApplicationCommand(new string('a', 33), "Long name.", null),
        };

        var problems = ApplicationCommandValidator.Validate(commands);

        Assert.Equal(
        [
            "/ok is declared 2 times.",
            "/ok option \"first\" is required but comes after an optional option; Discord wants required options first.",
            "/ok option \"pick\" has 26 choices; Discord allows 25.",
            "/ok option \"pick\" has both autocomplete and fixed choices; Discord allows one or the other.",
            "/ok option \"flag\" asks for autocomplete on a Boolean option; only string, integer and number options autocomplete.",
            "/ok description has 0 characters; Discord wants 1–100.",
            $"/{new string('a', 33)}: \"{new string('a', 33)}\" is not a valid name (1–32 lowercase letters, digits, - _ ').",
        ], problems);
    }

    [Theory]
    [InlineData("quote", true)]
    [InlineData("my-cmd_2", true)]
    [InlineData("it's", true)]
    [InlineData("नमस्ते", true)]
    [InlineData("สวัสดี", true)]
    [InlineData("日本語", true)]
    [InlineData("Quote", false)]
    [InlineData("has space", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg", false)]
    public void IsValidName_FactsSheetExamples(string name, bool valid) =>
        Assert.Equal(valid, ApplicationCommandValidator.IsValidName(name));

    private static ServiceProvider Services(FakeDiscord fake, string? guildId, string token = FakeDiscord.Token, CommandRouter? router = null)
    {
        var services = new ServiceCollection();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["DISCORD_TOKEN"] = token,
            ["DISCORD_API_BASE_URL"] = fake.ApiBaseUrl,
            ["DISCORD_GUILD_ID"] = guildId,
        }).Build();
        services.AddLogging();
        services.AddSingleton(router ?? FakeHandlers.Router());
        services.AddDiscordRegistration(configuration);
        services.Configure<DiscordTimings>(TestTimings.Apply);
        return services.BuildServiceProvider();
    }

    private sealed class Named(string name, bool guildOnly = false) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new(name, "A command.", [], "", GuildOnly: guildOnly);

        public Reply Handle(CommandRequest request) => Reply.Error("unused");
    }
}
