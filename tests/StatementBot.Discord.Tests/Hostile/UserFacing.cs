using System.Text.Json;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Hostile;

/// <summary>What every answer a user sees must be: within Discord's limits, and in words, not a stack trace.</summary>
public static class UserFacing
{
    /// <summary>A private notice is a sentence or two; an error that needs more has gone wrong somewhere.</summary>
    public const int MaxNotice = 600;

    private static readonly string[] Internals = ["Exception", "   at ", "StatementBot.", "Lucene.", "System."];

    /// <summary>Problems with an interaction callback body the bot would send.</summary>
    public static IReadOnlyList<string> Problems(string callbackJson)
    {
        var problems = DiscordRules.CheckCallback(callbackJson).ToList();
        using var document = JsonDocument.Parse(callbackJson);
        if (document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            problems.AddRange(TextProblems(data));
        }

        return problems;
    }

    /// <summary>Problems with the text of a message body (callback data, an edit or a follow-up).</summary>
    public static IReadOnlyList<string> TextProblems(JsonElement message)
    {
        var problems = new List<string>();
        var flags = message.TryGetProperty("flags", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 0;
        if (message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String)
        {
            var content = c.GetString()!;
            if ((flags & 64) != 0 && content.Length > MaxNotice)
            {
                problems.Add($"a private notice of {content.Length} characters: {content[..80]}…");
            }

            problems.AddRange(Internals.Where(content.Contains).Select(word => $"internals shown to the user (\"{word}\"): {content}"));
        }

        return problems;
    }
}
