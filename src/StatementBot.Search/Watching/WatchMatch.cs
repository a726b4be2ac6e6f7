using StatementBot.Search.Highlighting;
using StatementBot.Search.Results;

namespace StatementBot.Search.Watching;

/// <summary>
/// A new statement one watch matched. <see cref="Statement"/> shows it without an excerpt; <see cref="Hit"/> with the
/// excerpt cut around that watch's words, made the first time it is asked for (an alert shows a few of its matches,
/// and a long statement costs more to cut than to match).
/// </summary>
public sealed class WatchMatch
{
    private readonly Lazy<StatementHit> _hit;

    internal WatchMatch(long watchId, StatementHit statement, HighlightTerms highlights)
    {
        WatchId = watchId;
        Statement = statement;
        _hit = new Lazy<StatementHit>(() => statement with { Snippet = new SnippetBuilder(highlights).Build(statement.Text) });
    }

    public long WatchId { get; }

    public StatementHit Statement { get; }

    public StatementHit Hit => _hit.Value;
}
