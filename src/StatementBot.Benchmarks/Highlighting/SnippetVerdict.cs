namespace StatementBot.Benchmarks.Highlighting;

/// <summary>One snippet judged: its length, the query words it shows, those left unmarked, words marked that do not
/// match, marks that cut a word, and whether it starts and ends at a sentence (or the statement's) edge.</summary>
internal sealed record SnippetVerdict(int Length, int Matching, int Missed, int Extra, int PartialMarks, bool CleanStart, bool CleanEnd);
