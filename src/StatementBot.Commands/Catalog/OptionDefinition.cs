namespace StatementBot.Commands.Catalog;

/// <summary>One option of a command, declared once for Discord registration, the console parser and help.</summary>
/// <param name="Name">Lowercase, 1–32 characters, as Discord requires.</param>
/// <param name="Autocomplete">Values are suggested as the user types (speaker names).</param>
/// <param name="Example">An example value for help texts.</param>
public sealed record OptionDefinition(
    string Name,
    string Description,
    OptionType Type = OptionType.String,
    bool Required = false,
    bool Autocomplete = false,
    IReadOnlyList<OptionChoice>? Choices = null,
    int? MinValue = null,
    int? MaxValue = null,
    string? Example = null);
