using System.Text.Json.Nodes;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.MessageCommands;

/// <summary>
/// Message-command interactions in the shape Discord documents (application-commands.mdx, "Message Commands",
/// example interaction): the documented example itself, with another command name, message text and ids.
/// </summary>
public static class MessageInteractions
{
    /// <summary>The documented example of a message command interaction, as the docs show it.</summary>
    public static JsonObject Documented()
    {
        return DocumentedInteractions.ByLocation
            .Where(e => e.Key.StartsWith("developers/interactions/application-commands.mdx:", StringComparison.Ordinal))
            .Select(e => JsonNode.Parse(e.Value)!.AsObject())
            .Single(e => e["data"]?["type"]?.GetValue<int>() == 3 && e["data"]?["resolved"]?["messages"] is not null);
    }

    /// <summary>The documented example used on a message that says <paramref name="content"/>, with a fresh id and token.</summary>
    public static string On(string id, string commandName, string content)
    {
        var interaction = Documented();
        interaction["id"] = id;
        interaction["token"] = FakeInteractions.TokenFor(id);
        var data = interaction["data"]!.AsObject();
        data["name"] = commandName;
        var messages = data["resolved"]!["messages"]!.AsObject();
        var target = data["target_id"]!.GetValue<string>();
        messages[target]!["content"] = content;
        return interaction.ToJsonString();
    }
}
