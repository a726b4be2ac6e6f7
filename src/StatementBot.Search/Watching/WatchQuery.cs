using StatementBot.Corpus.Attribution;

namespace StatementBot.Search.Watching;

/// <summary>What one watch looks for: words in the query syntax /quote reads, optionally one speaker and one kind of statement.</summary>
/// <param name="Id">The watch's id: what its matches are reported under.</param>
/// <param name="Speaker">The speaker's full name as the index writes it (checked when the watch was made); null for anyone.</param>
/// <param name="Kind">Only statements attributed this way; null for any.</param>
public sealed record WatchQuery(long Id, string Text, string? Speaker = null, StatementKind? Kind = null);
