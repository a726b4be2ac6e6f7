using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Highlighting;

namespace StatementBot.Search.Watching;

/// <summary>A watch with its query compiled once: the Lucene query, what to mark in an excerpt, and the terms that trigger it.</summary>
/// <param name="SpeakerKey">The speaker filter's keyword (<see cref="Schema.IndexSchema.Speaker.Key"/>), or null for anyone.</param>
/// <param name="Triggers">Terms one of which a statement must have to match (<see cref="QueryTriggers"/>); null to try every statement.</param>
internal sealed record CompiledWatch(
    WatchQuery Watch,
    Query Query,
    HighlightTerms Highlights,
    string? SpeakerKey,
    StatementKind? Kind,
    IReadOnlyList<Term>? Triggers);
