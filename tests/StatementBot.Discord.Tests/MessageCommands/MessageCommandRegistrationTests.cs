using System.Text.Json;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Serialization;
using StatementBot.Discord.Tests.Support;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.MessageCommands;

/// <summary>
/// "Find the source" is registered with the slash commands as Discord takes a message command: a name and type 3,
/// no description, no options (application-commands.mdx, "Message Commands"); and the rules Discord applies to them.
/// </summary>
public sealed class MessageCommandRegistrationTests
{
    [Fact]
    public void Catalog_RegistersFindTheSourceAsAMessageCommand()
    {
        var json = JsonDocument.Parse(DiscordJson.Serialize(CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog))).RootElement;

        var menu = Assert.Single(json.EnumerateArray(), c => c.GetProperty("type").GetInt32() == 3);
        Assert.Equal("""{"name":"Find the source","type":3,"integration_types":[0,1],"contexts":[0,1,2]}""", menu.GetRawText());
        Assert.Contains(json.EnumerateArray(), c => c.GetProperty("name").GetString() == "verify" && c.GetProperty("type").GetInt32() == 1);
        Assert.Empty(ApplicationCommandValidator.Validate(CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog)));
    }

    /// <remarks>
    /// The docs type <c>default_member_permissions</c> as "?string", "serialized as a string" (application-commands.mdx,
    /// "Application Command Object"); the spec as an integer. The docs win (FACTS.md §9): the bot sends the string, and
    /// the rest of the body is checked against the spec with that one value read as the spec types it.
    /// </remarks>
    [SharedFact]
    public void Catalog_ValidAgainstTheSpecsBulkOverwrite()
    {
        var body = System.Text.Json.Nodes.JsonNode.Parse(DiscordJson.Serialize(CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog)))!.AsArray();
        foreach (var command in body.Select(c => c!.AsObject()).Where(c => c.ContainsKey("default_member_permissions")))
        {
            var permissions = command["default_member_permissions"]!.GetValue<string>();
            Assert.Matches("^[0-9]+$", permissions);
            command["default_member_permissions"] = ulong.Parse(permissions, System.Globalization.CultureInfo.InvariantCulture);
        }

        DiscordSpec.AssertValid("bulk", body.ToJsonString());
    }

    [Fact]
    public void Validate_MessageCommandRules_EachReported()
    {
        var commands = new List<ApplicationCommand>
        {
            new("Find the source", null, null, ApplicationCommandType.Message),
            new("find the source", "A slash command with the message command's name.", null),
            new("Described", "Message commands have none.", null, ApplicationCommandType.Message),
            new("With options", null, [new ApplicationCommandOption(ApplicationCommandOptionType.String, "text", "The text.")], ApplicationCommandType.Message),
            new(new string('n', 33), null, null, ApplicationCommandType.Message),
        };
        commands.AddRange(Enumerable.Range(1, 12).Select(i => new ApplicationCommand($"Menu {i}", null, null, ApplicationCommandType.Message)));

        var problems = ApplicationCommandValidator.Validate(commands);

        Assert.Equal(
        [
            "16 message commands; Discord allows 15.",
            "Message command \"Described\" has a description; Discord allows none on message commands.",
            "Message command \"With options\" has options; message commands take none (the message is the input).",
            $"Message command \"{new string('n', 33)}\": a message command's name has 1–32 characters, not 33.",
            "/find the source: \"find the source\" is not a valid name (1–32 lowercase letters, digits, - _ ').",
        ], problems);
    }
}
