using System.Text.Json;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// The rules Discord enforces that its OpenAPI spec cannot express (FACTS §4–§5), checked on the JSON the bot
/// actually sent: a message is not empty, its embeds stay under 6000 characters in total and every per-field limit,
/// mentions are suppressed, components fit (5 rows of 5, custom ids 1–100 and unique, labels ≤ 80), and a
/// deferral carries no flag but ephemeral.
/// </summary>
public static class DiscordRules
{
    /// <summary>Problems with an interaction callback body (<c>{"type":…,"data":…}</c>).</summary>
    public static IReadOnlyList<string> CheckCallback(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var type = root.GetProperty("type").GetInt32();
        var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        var problems = new List<string>();
        switch (type)
        {
            case 4 or 7:
                if (data is null)
                {
                    problems.Add($"type {type} without data: Discord answers 50006 (empty message)");
                }
                else
                {
                    problems.AddRange(CheckMessage(data.Value));
                }

                break;
            case 5 or 6:
                if (data?.TryGetProperty("flags", out var flags) == true && (flags.GetInt32() & ~64) != 0)
                {
                    problems.Add("a deferral may only carry the ephemeral flag");
                }

                break;
            case 8:
                var choices = data?.GetProperty("choices").GetArrayLength() ?? -1;
                if (choices is < 0 or > 25)
                {
                    problems.Add($"autocomplete with {choices} choices");
                }

                foreach (var choice in data!.Value.GetProperty("choices").EnumerateArray())
                {
                    var name = choice.GetProperty("name").GetString()!;
                    var value = choice.GetProperty("value").GetString()!;
                    if (name.Length is < 1 or > 100 || value.Length is < 1 or > 100)
                    {
                        problems.Add($"choice \"{name}\" outside 1–100 characters");
                    }
                }

                break;
        }

        return problems;
    }

    /// <summary>Problems with a message body (callback data, an <c>@original</c> edit or a follow-up).</summary>
    public static IReadOnlyList<string> CheckMessage(JsonElement message)
    {
        var problems = new List<string>();
        var content = message.TryGetProperty("content", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : "";
        var embeds = message.TryGetProperty("embeds", out var e) && e.ValueKind == JsonValueKind.Array ? e.EnumerateArray().ToArray() : [];
        var rows = message.TryGetProperty("components", out var r) && r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().ToArray() : [];

        if (content.Trim().Length == 0 && embeds.Length == 0 && rows.Length == 0)
        {
            problems.Add("empty message (50006)");
        }

        if (content.Length > DiscordLimits.MessageContent)
        {
            problems.Add($"content has {content.Length} characters");
        }

        if (!message.TryGetProperty("allowed_mentions", out var mentions) || mentions.GetProperty("parse").GetArrayLength() != 0)
        {
            problems.Add("allowed_mentions is not {\"parse\": []}: text in a statement could ping people");
        }

        if (embeds.Length > DiscordLimits.EmbedsPerMessage)
        {
            problems.Add($"{embeds.Length} embeds");
        }

        var total = 0;
        foreach (var embed in embeds)
        {
            total += Measure(embed, "title", DiscordLimits.EmbedTitle, problems);
            total += Measure(embed, "description", DiscordLimits.EmbedDescription, problems);
            if (embed.TryGetProperty("author", out var author))
            {
                total += Measure(author, "name", DiscordLimits.EmbedAuthorName, problems);
            }

            if (embed.TryGetProperty("footer", out var footer))
            {
                total += Measure(footer, "text", DiscordLimits.EmbedFooterText, problems);
            }

            if (embed.TryGetProperty("fields", out var fields))
            {
                if (fields.GetArrayLength() > DiscordLimits.EmbedFields)
                {
                    problems.Add($"{fields.GetArrayLength()} fields");
                }

                foreach (var field in fields.EnumerateArray())
                {
                    total += Measure(field, "name", DiscordLimits.EmbedFieldName, problems, required: true);
                    total += Measure(field, "value", DiscordLimits.EmbedFieldValue, problems, required: true);
                }
            }
        }

        if (total > DiscordLimits.EmbedTotalCharacters)
        {
            problems.Add($"embeds total {total} characters (limit {DiscordLimits.EmbedTotalCharacters})");
        }

        if (rows.Length > DiscordLimits.ActionRowsPerMessage)
        {
            problems.Add($"{rows.Length} action rows");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var button in rows.SelectMany(row => row.GetProperty("components").EnumerateArray().Select(b => (Row: row, Button: b))))
        {
            if (button.Row.GetProperty("components").GetArrayLength() > DiscordLimits.ButtonsPerRow)
            {
                problems.Add("a row with more than 5 buttons");
            }

            var label = button.Button.TryGetProperty("label", out var l) ? l.GetString()! : "";
            if (label.Length > DiscordLimits.ButtonLabel)
            {
                problems.Add($"button label of {label.Length} characters");
            }

            var style = button.Button.GetProperty("style").GetInt32();
            if (style != 5)
            {
                var id = button.Button.TryGetProperty("custom_id", out var cid) ? cid.GetString() ?? "" : "";
                if (id.Length is < 1 or > DiscordLimits.CustomId)
                {
                    problems.Add($"custom_id of {id.Length} characters");
                }

                if (!ids.Add(id))
                {
                    problems.Add($"custom_id \"{id}\" used twice in one message");
                }
            }
        }

        return problems;
    }

    /// <summary>Total characters Discord counts across the embeds of a message body.</summary>
    public static int EmbedTotal(JsonElement message)
    {
        var problems = new List<string>();
        var total = 0;
        var embeds = message.TryGetProperty("embeds", out var e) ? e.EnumerateArray().ToArray() : [];
        foreach (var embed in embeds)
        {
            total += Measure(embed, "title", int.MaxValue, problems) + Measure(embed, "description", int.MaxValue, problems);
            total += embed.TryGetProperty("author", out var a) ? Measure(a, "name", int.MaxValue, problems) : 0;
            total += embed.TryGetProperty("footer", out var f) ? Measure(f, "text", int.MaxValue, problems) : 0;
            var fields = embed.TryGetProperty("fields", out var fs) ? fs.EnumerateArray().ToArray() : [];
            total += fields.Sum(field => Measure(field, "name", int.MaxValue, problems) + Measure(field, "value", int.MaxValue, problems));
        }

        return total;
    }

    private static int Measure(JsonElement element, string property, int limit, List<string> problems, bool required = false)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String)
        {
            if (required)
            {
                problems.Add($"{property} missing");
            }

            return 0;
        }

        var length = value.GetString()!.Trim().Length;
        if (length > limit)
        {
            problems.Add($"{property} has {length} characters (limit {limit})");
        }

        if (required && length == 0)
        {
            problems.Add($"{property} is blank");
        }

        return length;
    }
}
