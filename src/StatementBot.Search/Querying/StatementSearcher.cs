using StatementBot.Corpus.Speakers;
using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>Answers the three questions the bot is asked, over an open index. Thread-safe.</summary>
public sealed class StatementSearcher
{
    public SpeakerRegistry Speakers => throw new NotImplementedException();

    public SearchResult<QuoteResult> Quote(QuoteQuery query) => throw new NotImplementedException();

    public SearchResult<SpeakerProfile> Speaker(string name, string? about = null, int page = 1, int pageSize = 5) => throw new NotImplementedException();

    public StatementHit? Get(string id) => throw new NotImplementedException();

    public SearchResult<Comparison> Compare(string a, string b, string? about = null, int perSide = 3) => throw new NotImplementedException();
}
