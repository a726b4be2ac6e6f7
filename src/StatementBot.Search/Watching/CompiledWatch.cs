using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Highlighting;

namespace StatementBot.Search.Watching;

/// <summary>A watch with its query compiled once: the Lucene query, what to mark in an excerpt, and the terms that trigger it.</summary>
/// <param name="SpeakerKey">The speaker filter's keyword (<see cref="Schema.IndexSchema.Speaker.Key"/>), or null for anyone.</param>
/// <param name="Requirements">Term sets each of which a matching statement has a term of (<see cref="QueryTriggers"/>).</param>
/// <param name="Triggers">The rarest of them, which the watch is filed under; null to try every statement.</param>
/// <param name="Decided">The requirements decide the query (<see cref="QueryTriggers.Decides"/>): meeting them is matching.</param>
internal sealed record CompiledWatch(
    WatchQuery Watch,
    Query Query,
    HighlightTerms Highlights,
    string? SpeakerKey,
    StatementKind? Kind,
    IReadOnlyList<IReadOnlyList<Term>> Requirements,
    IReadOnlyList<Term>? Triggers,
    bool Decided)
{
    /// <summary>Whether a statement with <paramref name="terms"/> (field, then term) can match: each requirement has a term there.</summary>
    public bool CanMatch(Dictionary<string, HashSet<string>> terms) =>
        Requirements.All(set => set.Any(t => terms.TryGetValue(t.Field, out var field) && field.Contains(t.Text)));
}
