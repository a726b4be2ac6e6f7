using Microsoft.Extensions.Configuration;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Configuration;

public sealed class DiscordOptionsTests
{
    private static DiscordOptions Bind(Dictionary<string, string?> values)
    {
        var options = new DiscordOptions();
        DiscordOptions.Bind(options, new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        return options;
    }

    [Fact]
    public void Bind_EnvironmentNames_FillEverySetting()
    {
        var options = Bind(new()
        {
            ["DISCORD_TOKEN"] = "secret-token-value",
            ["DISCORD_APPLICATION_ID"] = "123456789012345678",
            ["DISCORD_PUBLIC_KEY"] = Signer.Rfc8032Test1Public,
            ["DISCORD_GUILD_ID"] = "223456789012345678",
            ["DISCORD_SHARD_ID"] = "1",
            ["DISCORD_SHARD_COUNT"] = "2",
            ["DISCORD_API_BASE_URL"] = "http://127.0.0.1:5555/api/v10",
        });

        Assert.Equal(("secret-token-value", "123456789012345678", "223456789012345678", 1, 2, "http://127.0.0.1:5555/api/v10"),
            (options.Token, options.ApplicationId, options.GuildId, options.ShardId, options.ShardCount, options.ApiBaseUrl));
        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public void Bind_DiscordSection_UsedWhenNoEnvironmentName()
    {
        var options = Bind(new() { ["Discord:Token"] = "from-section", ["Discord:GuildId"] = "42" });

        Assert.Equal(("from-section", "42"), (options.Token, options.GuildId));
    }

    [Fact]
    public void ToString_NeverShowsTheToken()
    {
        var text = Bind(new() { ["DISCORD_TOKEN"] = "secret-token-value" }).ToString();

        Assert.DoesNotContain("secret-token-value", text);
        Assert.Contains("Token = (set, redacted)", text);
    }

    [Theory]
    [InlineData("DISCORD_APPLICATION_ID", "12ab", "DISCORD_APPLICATION_ID must be a Discord id (digits only, e.g. 123456789012345678), not \"12ab\".")]
    [InlineData("DISCORD_GUILD_ID", "0123", "DISCORD_GUILD_ID must be a Discord id (digits only, e.g. 123456789012345678), not \"0123\".")]
    [InlineData("DISCORD_TOKEN", "Bot abc", "DISCORD_TOKEN looks wrong: give the bare bot token, without \"Bot \" or spaces.")]
    [InlineData("DISCORD_SHARD_ID", "2", "The shard must satisfy 0 <= DISCORD_SHARD_ID < DISCORD_SHARD_COUNT (got [2, 1]).")]
    [InlineData("DISCORD_SHARD_COUNT", "two", "The shard must satisfy 0 <= DISCORD_SHARD_ID < DISCORD_SHARD_COUNT (got [0, 0]).")]
    [InlineData("DISCORD_API_BASE_URL", "discord.com/api", "DISCORD_API_BASE_URL must be an absolute http(s) URL such as https://discord.com/api/v10.")]
    [InlineData("DISCORD_DEFER_AFTER_MS", "5000", "DeferAfter must be between 0 and 3 seconds: Discord drops interactions not acknowledged within 3 s.")]
    public void Validate_MalformedSetting_OneLineNamingIt(string key, string value, string message)
    {
        var result = new DiscordOptionsValidator().Validate(null, Bind(new() { [key] = value }));

        Assert.Equal([message], result.Failures);
    }

    [Fact]
    public void TokenRequirement_MissingToken_SaysWhereToGetOne()
    {
        var result = DiscordRequirementValidator.Token("the gateway").Validate(null, new DiscordOptions());

        Assert.Equal(["DISCORD_TOKEN is not set: the gateway needs the bot token (Developer Portal → your application → Bot → Reset Token)."], result.Failures);
    }
}
