using Lucene.Net.Search;
using StatementBot.Search.Highlighting;

namespace StatementBot.Search.Querying;

/// <summary>A query ready for Lucene, the words to highlight in its hits, and the stems it looks for.</summary>
internal sealed record CompiledQuery(Query Query, HighlightTerms Highlights, IReadOnlySet<string> Stems)
{
    /// <summary>Other names of what the query names that it also matches ("DPRK" for "North Korea"), as the table writes them.</summary>
    public IReadOnlyList<string> AlsoMatching { get; init; } = [];

    /// <summary>The query with misspelt words corrected from the index's own words, best first; empty when none.</summary>
    public IReadOnlyList<string> DidYouMean { get; init; } = [];
}
