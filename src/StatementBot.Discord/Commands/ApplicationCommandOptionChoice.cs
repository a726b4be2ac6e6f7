using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatementBot.Discord.Commands;

/// <summary>A choice: a fixed option value in a command definition, or a suggestion in an autocomplete result.</summary>
/// <param name="Value">A JSON string for string options, a JSON number for integer options.</param>
public sealed record ApplicationCommandOptionChoice(string Name, JsonElement Value)
{
    public static ApplicationCommandOptionChoice Text(string name, string value) =>
        new(name, JsonSerializer.SerializeToElement(value));

    public static ApplicationCommandOptionChoice Integer(string name, long value) =>
        new(name, JsonSerializer.SerializeToElement(value));

    /// <summary>The value as text (string values unquoted).</summary>
    [JsonIgnore]
    public string ValueText => Value.ValueKind == JsonValueKind.String ? Value.GetString() ?? "" : Value.GetRawText();
}
