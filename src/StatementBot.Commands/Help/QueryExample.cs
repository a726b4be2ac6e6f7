namespace StatementBot.Commands.Help;

/// <summary>One line of the query-syntax help: what to type and what it finds.</summary>
/// <param name="Typed">Exactly what goes into a query option, quotes included (in Discord, chat and batch alike).</param>
public sealed record QueryExample(string Typed, string Finds);
