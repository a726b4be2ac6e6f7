namespace StatementBot.Search.Analysis;

/// <summary>Keys <c>[Start, Start + Length)</c> of a query name a member of a group of equivalents.</summary>
internal readonly record struct EquivalentMatch(int Start, int Length, IReadOnlyList<Equivalent> Group);
