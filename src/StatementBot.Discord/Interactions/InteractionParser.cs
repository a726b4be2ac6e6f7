using System.Text.Json;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// Reads an interaction the way Discord documents it, liberally: only what is needed to answer is required —
/// <c>id</c> and <c>token</c> (the callback route and every later edit) and a numeric <c>type</c> (what kind of
/// answer fits). Everything else may be absent (<c>application_id</c> is missing from Discord's own slash-command
/// example; a DM has no <c>guild_id</c> or <c>member</c>); unknown fields are ignored, and an unknown type or
/// option type is kept as its number so the dispatcher can answer it with a short notice instead of refusing it.
/// Text with half a surrogate pair escaped in it is read with that half replaced (<see cref="LoneSurrogates"/>).
/// </summary>
public static class InteractionParser
{
    /// <summary>The interaction in <paramref name="json"/>, or null when it is not JSON or lacks what an answer needs.</summary>
    public static DiscordInteraction? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return Check(JsonSerializer.Deserialize<DiscordInteraction>(LoneSurrogates.Repair(json.ToArray()), DiscordJson.Options));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <inheritdoc cref="Parse(ReadOnlySpan{byte})"/>
    public static DiscordInteraction? Parse(JsonElement json)
    {
        try
        {
            var raw = System.Text.Encoding.UTF8.GetBytes(json.GetRawText());
            var repaired = LoneSurrogates.Repair(raw);
            return Check(ReferenceEquals(raw, repaired)
                ? json.Deserialize<DiscordInteraction>(DiscordJson.Options)
                : JsonSerializer.Deserialize<DiscordInteraction>(repaired, DiscordJson.Options));
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    // A missing "type" reads as 0, which Discord never sends; any other number is kept, known or not.
    private static DiscordInteraction? Check(DiscordInteraction? interaction) =>
        interaction is { Id.Length: > 0, Token.Length: > 0 } && (int)interaction.Type > 0 ? interaction : null;
}
