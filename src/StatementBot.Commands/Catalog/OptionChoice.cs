namespace StatementBot.Commands.Catalog;

/// <summary>A fixed choice for an option: the label shown and the value passed.</summary>
public sealed record OptionChoice(string Name, string Value);
