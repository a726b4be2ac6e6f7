using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// An option value as Discord sends it: <c>value</c> (string, number or boolean) or nested <c>options</c> for
/// subcommands; <c>focused</c> marks the option being typed during autocomplete.
/// </summary>
public sealed record InteractionDataOption(
    string Name,
    int Type,
    JsonElement? Value = null,
    IReadOnlyList<InteractionDataOption>? Options = null,
    bool? Focused = null)
{
    /// <summary>The value as invariant text ("12", "true", "words"); null when there is none.</summary>
    [JsonIgnore]
    public string? ValueText => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        { ValueKind: JsonValueKind.True } => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
        { ValueKind: JsonValueKind.False } => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
        _ => null,
    };
}
