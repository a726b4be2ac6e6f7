using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Phrases;

/// <summary>
/// /phrase: every statement that says a phrase word for word (the exact field: case, accents and spelling variants
/// aside, no stemming), counted whole — first and last use, by whom, per year — with the earliest and the latest
/// statement to read. Thread-safe.
/// </summary>
public sealed class PhraseTracker(StatementIndex index)
{
    public const int MaxWords = 20;

    public SearchResult<PhraseLife> Trace(string? phrase, string? speaker = null)
    {
        var typed = (phrase ?? "").Trim().Trim('"', '“', '”').Trim();
        var words = TextTokenizer.Tokenize(typed).Select(t => t.Term).ToArray();
        if (words.Length == 0)
        {
            return new QueryError("Type the words of a phrase to follow, such as: core interests.");
        }

        if (words.Length > MaxWords)
        {
            return new QueryError($"That is {words.Length} words; a phrase of up to {MaxWords} is followed. To check a whole quote, use /verify.");
        }

        using var lease = index.Acquire();
        string? speakerName = null;
        Filter? filter = null;
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var resolved = SpeakerLookup.Resolve(lease.Generation.Speakers, speaker);
            if (resolved.Error is { } unknown)
            {
                return unknown;
            }

            speakerName = resolved.Value!.Name;
            filter = new QueryWrapperFilter(IndexSchema.Speaker.Filter(speakerName));
        }

        var collector = new PhraseCollector();
        lease.Searcher.Search(IndexSchema.TextExact.Phrase(words.Select((w, i) => new PositionedTerm(w, i)).ToArray()), filter, collector);
        var names = lease.Generation.Records
            .Select(r => r.Speaker.Name)
            .DistinctBy(IndexSchema.Speaker.Key)
            .ToDictionary(IndexSchema.Speaker.Key, StringComparer.Ordinal);
        var speakers = collector.Speakers
            .Select(s => new PhraseSpeaker(names.GetValueOrDefault(s.Key, s.Key), s.Value.Count, Date(s.Value.First), Date(s.Value.Last)))
            .OrderByDescending(s => s.Statements)
            .ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var years = collector.Years.OrderBy(y => y.Key).Select(y => new PhraseYear(y.Key, y.Value)).ToArray();

        var highlights = new HighlightTerms();
        highlights.AddPhrase(words);
        var first = Hit(lease.Searcher, collector.First, highlights);
        var latest = collector.Latest == collector.First ? null : Hit(lease.Searcher, collector.Latest, highlights);
        return new PhraseLife(typed, collector.Total, collector.Undated, Date(collector.FirstDate), Date(collector.LatestDate), speakers, years, first, latest, speakerName);
    }

    private static StatementHit? Hit(IndexSearcher searcher, int doc, HighlightTerms highlights)
    {
        if (doc < 0)
        {
            return null;
        }

        var document = searcher.Doc(doc);
        return IndexSchema.ToHit(document, new SnippetBuilder(highlights).Build(IndexSchema.Text.Read(document)), 0);
    }

    private static DateOnly? Date(int value) => value is > 0 and < int.MaxValue ? IndexSchema.Date.Decode(value) : null;
}
