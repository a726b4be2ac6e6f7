namespace StatementBot.Search.Watching;

/// <summary>One statement looked at, and what each watch it matched shows of it; no matches when it matched none.</summary>
/// <param name="Id">The statement's id (<see cref="Schema.StatementId"/>).</param>
public sealed record StatementMatches(string Id, IReadOnlyList<WatchMatch> Matches);
