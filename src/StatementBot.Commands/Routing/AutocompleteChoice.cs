namespace StatementBot.Commands.Routing;

/// <summary>A suggestion offered while the user types an option value.</summary>
public sealed record AutocompleteChoice(string Name, string Value);
