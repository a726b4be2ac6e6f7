using System.Text.Json;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Tests.Commands;

/// <summary>Subcommands and permissions from the catalog to Discord and back: registration, validation, and reading an interaction.</summary>
public sealed class SubcommandRegistrationTests
{
    [Fact]
    public void Registration_Watch_SubcommandsAsType1WithTheirOptions_AndManageChannels()
    {
        var json = JsonDocument.Parse(DiscordJson.Serialize(CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog))).RootElement;

        var watch = Assert.Single(json.EnumerateArray(), c => c.GetProperty("name").GetString() == "watch");
        Assert.Equal("16", watch.GetProperty("default_member_permissions").GetString());
        var subcommands = watch.GetProperty("options").EnumerateArray().ToArray();
        Assert.All(subcommands, s => Assert.Equal(1, s.GetProperty("type").GetInt32()));
        Assert.Equal(["add", "list", "remove"], subcommands.Select(s => s.GetProperty("name").GetString()));
        var add = subcommands[0].GetProperty("options").EnumerateArray().ToArray();
        Assert.Equal(["query", "speaker", "kind"], add.Select(o => o.GetProperty("name").GetString()));
        Assert.True(add[0].GetProperty("required").GetBoolean());
        Assert.False(subcommands[1].TryGetProperty("options", out _));
        Assert.All(json.EnumerateArray().Where(c => c.GetProperty("name").GetString() != "watch"), c => Assert.False(c.TryGetProperty("default_member_permissions", out _)));
    }

    [Fact]
    public void Validate_SubcommandRules_EachReported()
    {
        var value = new ApplicationCommandOption(ApplicationCommandOptionType.String, "words", "Words.");
        var commands = new List<ApplicationCommand>
        {
            new("mixed", "Subcommands beside a value.", [new(ApplicationCommandOptionType.SubCommand, "add", "Adds."), value]),
            new("deep", "Options in a subcommand checked too.", [new(ApplicationCommandOptionType.SubCommand, "add", "Adds.", Options: [value, value])]),
        };

        var problems = ApplicationCommandValidator.Validate(commands);

        Assert.Equal(
        [
            "/mixed mixes subcommands with other options; Discord takes one or the other.",
            "/deep add declares option \"words\" 2 times.",
        ], problems);
        Assert.Empty(ApplicationCommandValidator.Validate(CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog)));
    }

    [Theory]
    [InlineData("16", MemberPermissions.ManageChannels)]
    [InlineData("8", MemberPermissions.Administrator)]
    [InlineData("2147483647", MemberPermissions.ManageChannels | MemberPermissions.Administrator)]
    [InlineData("2048", MemberPermissions.None)]
    [InlineData("-16", MemberPermissions.None)]
    public void ToRequest_Subcommand_CarriesItsOptionsServerChannelAndPermissions(string bits, MemberPermissions expected)
    {
        var interaction = InteractionParser.Parse(System.Text.Encoding.UTF8.GetBytes($$$"""
            {"id":"1","type":2,"token":"t","guild_id":"g1","channel_id":"c1",
             "member":{"user":{"id":"u1"},"permissions":"{{{bits}}}"},
             "data":{"name":"watch","type":1,"options":[{"name":"add","type":1,"options":[{"name":"query","type":3,"value":"inflation"}]}]}}
            """))!;

        var request = InteractionRequestMapper.ToRequest(interaction)!;

        Assert.Equal(("watch", "add", "inflation"), (request.Command, request.Subcommand, request.Get("query")));
        Assert.Equal(("g1", "c1", "u1"), (request.Server, request.Channel, request.Caller));
        Assert.Equal(expected, request.Permissions);
    }

    [Fact]
    public void ToRequest_DirectMessage_HasNoServerOrPermissions()
    {
        var interaction = InteractionParser.Parse("""
            {"id":"1","type":2,"token":"t","channel_id":"dm1","user":{"id":"u1"},
             "data":{"name":"watch","type":1,"options":[{"name":"list","type":1}]}}
            """u8)!;

        var request = InteractionRequestMapper.ToRequest(interaction)!;

        Assert.Equal(("list", null, "dm1", null), (request.Subcommand, request.Server, request.Channel, request.Permissions));
    }
}
