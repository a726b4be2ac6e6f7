using StatementBot.Corpus.Speakers;
using StatementBot.Search.Querying;

namespace StatementBot.Search.Results;

/// <summary>
/// A page of /quote hits and the total number of matching statements. A page covers <see cref="PageSize"/> matching
/// statements; follow-ups of one exchange are folded into its best hit, so it may show fewer hits than that.
/// </summary>
public sealed record QuoteResult(string Query, int Total, int Page, int PageSize, IReadOnlyList<StatementHit> Hits)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;

    /// <summary>Matching statements on this page folded into a better hit of the same exchange instead of shown.</summary>
    public int Folded => Hits.Sum(h => h.Folded.Count);

    /// <summary>The speaker the filter resolved to (the registry's full name for what was typed); null when none was asked for.</summary>
    public SpeakerEntry? Speaker { get; init; }

    /// <summary>Where the words were looked for: in what was said (the default), in the question, or both.</summary>
    public TextScope In { get; init; }

    /// <summary>The kind, sources and roles the search was narrowed to.</summary>
    public AppliedFilters Filters { get; init; } = AppliedFilters.None;

    /// <summary>Other names of what the query names that were matched too ("DPRK" for "North Korea").</summary>
    public IReadOnlyList<string> AlsoMatching { get; init; } = [];

    /// <summary>The query with misspelt words corrected from the index's own words, best first; empty when none.</summary>
    public IReadOnlyList<string> DidYouMean { get; init; } = [];
}
