using System.Text.Json.Serialization;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// An interaction as Discord sends it, over the gateway (<c>INTERACTION_CREATE</c>) or to the HTTP endpoint; the
/// same record serves both (Discord.Net's <c>SocketInteraction</c> / <c>RestInteraction</c>). Only the fields
/// the bot uses are modelled (receiving-and-responding.mdx, "Interaction Structure"), and only <see cref="Id"/>,
/// <see cref="Type"/> and <see cref="Token"/> are needed to answer: Discord's own examples leave out
/// <c>application_id</c>, and a DM has no guild or member (see <see cref="InteractionParser"/>).
/// </summary>
public sealed record DiscordInteraction(
    string Id,
    InteractionType Type,
    string Token,
    string? ApplicationId = null,
    int Version = 1,
    InteractionData? Data = null,
    string? GuildId = null,
    string? ChannelId = null,
    GuildMember? Member = null,
    DiscordUser? User = null,
    string? Locale = null)
{
    /// <summary>Who interacted: the member's user in a guild, the user in a DM.</summary>
    [JsonIgnore]
    public DiscordUser? Invoker => Member?.User ?? User;

    /// <summary>A short label for logs: "/quote", "component", "autocomplete /speaker".</summary>
    public string Describe() => Type switch
    {
        InteractionType.ApplicationCommand => "/" + Data?.Name,
        InteractionType.ApplicationCommandAutocomplete => "autocomplete /" + Data?.Name,
        InteractionType.MessageComponent => "button",
        _ => Type.ToString(),
    };
}
