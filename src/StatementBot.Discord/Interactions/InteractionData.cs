namespace StatementBot.Discord.Interactions;

/// <summary>
/// The <c>data</c> of an interaction: for commands and autocomplete the command <see cref="Name"/> and
/// <see cref="Options"/>; for a message command (<see cref="Type"/> 3) the <see cref="TargetId"/> of the message it
/// was used on and that message in <see cref="Resolved"/>; for components the <see cref="CustomId"/> of the button
/// pressed. <c>id</c> is not read: it is a snowflake string for commands but a number for components
/// (components/reference.mdx), and the bot needs neither.
/// </summary>
public sealed record InteractionData(
    string? Name = null,
    int? Type = null,
    IReadOnlyList<InteractionDataOption>? Options = null,
    string? CustomId = null,
    int? ComponentType = null,
    IReadOnlyList<string>? Values = null,
    string? TargetId = null,
    InteractionResolved? Resolved = null);
