namespace StatementBot.Discord.Commands;

/// <summary>One option of an application command, as Discord's API takes and returns it.</summary>
/// <param name="Options">A subcommand's own options (type 1); null for value options.</param>
public sealed record ApplicationCommandOption(
    ApplicationCommandOptionType Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null,
    IReadOnlyList<ApplicationCommandOptionChoice>? Choices = null,
    long? MinValue = null,
    long? MaxValue = null,
    IReadOnlyList<ApplicationCommandOption>? Options = null);
