using Lucene.Net.Documents;
using Lucene.Net.Search;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Analysis;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Verifying;

/// <summary>
/// /verify: the real statements closest to a claimed quote. The index proposes candidates (<see cref="CandidateQuery"/>:
/// statements with most of the claim's rarest words), each is aligned word by word (<see cref="LocalAlignment"/> finds
/// the stretch, <see cref="WordDiff"/> the differences) and judged (<see cref="VerdictRules"/>). With a speaker, their
/// statements are checked first; when none of theirs comes close, everyone's are, so a misattributed quote is found
/// with the name of who said it. Thread-safe.
/// </summary>
public sealed class QuoteVerifier(StatementIndex index)
{
    /// <summary>Statements proposed by the index and aligned.</summary>
    public const int Candidates = 30;

    /// <summary>Of those, the best aligned are diffed and judged.</summary>
    public const int Judged = 8;

    /// <summary>At most this many matches are returned.</summary>
    public const int MaxMatches = 3;

    /// <summary>The shortest claim checked, in words.</summary>
    public const int MinWords = ClaimText.MinWords;

    /// <summary>The longest claim checked, in words.</summary>
    public const int MaxWords = ClaimText.MaxWords;

    public SearchResult<Verification> Verify(string? text, string? speaker = null)
    {
        var read = ClaimText.Read(text);
        if (read.Error is { } error)
        {
            return error;
        }

        var claim = read.Value!;
        using var lease = index.Acquire();
        SpeakerEntry? entry = null;
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var resolved = SpeakerLookup.Resolve(lease.Generation.Speakers, speaker);
            if (resolved.Error is { } unknown)
            {
                return unknown;
            }

            entry = resolved.Value;
        }

        var found = Closest(lease.Searcher, claim, entry);
        if (entry is not null && found.Verdict == Verdict.NotFound && Closest(lease.Searcher, claim, null) is { Verdict: not Verdict.NotFound } others)
        {
            return others with { Speaker = entry.Name, SaidByOthers = true };
        }

        return found with { Speaker = entry?.Name };
    }

    private static Verification Closest(IndexSearcher searcher, ClaimText claim, SpeakerEntry? speaker)
    {
        var query = CandidateQuery.Build(claim.Words, searcher.IndexReader);
        if (query is null)
        {
            return new Verification(claim.Text, claim.Words.Length, Verdict.NotFound, [], 0);
        }

        var filter = speaker is null ? null : new QueryWrapperFilter(IndexSchema.Speaker.Filter(speaker.Name));
        var (ids, vocabulary) = LocalAlignment.Ids(claim.Words);
        var aligned = new List<Candidate>(Candidates);
        foreach (var scored in searcher.Search(query, filter, Candidates).ScoreDocs)
        {
            var document = searcher.Doc(scored.Doc);
            var text = IndexSchema.Text.Read(document);
            var tokens = TextTokenizer.Tokenize(text);
            var words = new int[tokens.Count];
            for (var i = 0; i < words.Length; i++)
            {
                words[i] = vocabulary.TryGetValue(tokens[i].Term, out var id) ? id : -1;
            }

            var (score, from, to) = LocalAlignment.Best(ids, words);
            if (score > 0)
            {
                aligned.Add(new Candidate(document, text, tokens, score, from, to));
            }
        }

        var judged = aligned
            .OrderByDescending(c => c.Score)
            .Take(Judged)
            .Select(c => Judge(c, claim))
            .OrderByDescending(m => m.Agreement)
            .ThenBy(m => m.Hit.Date ?? DateOnly.MaxValue)
            .ThenBy(m => m.Hit.Id, StringComparer.Ordinal)
            .ToArray();
        var matches = judged.Where(m => m.Verdict != Verdict.NotFound).Take(MaxMatches).ToArray();
        return new Verification(
            claim.Text,
            claim.Words.Length,
            matches.Length == 0 ? Verdict.NotFound : matches[0].Verdict,
            matches,
            judged.Length == 0 ? 0 : judged[0].Agreement);
    }

    private static VerifiedStatement Judge(Candidate candidate, ClaimText claim)
    {
        var (from, to, tokens, text) = (candidate.From, candidate.To, candidate.Tokens, candidate.Text);
        var said = new string[to - from];
        for (var i = 0; i < said.Length; i++)
        {
            said[i] = tokens[from + i].Term;
        }

        var diff = WordDiff.Compare(said, claim.Words);
        var edits = diff.Runs.Select(run => new WordEdit(
                run.SaidCount == 0 ? WordEditKind.Added : run.ClaimedCount == 0 ? WordEditKind.Dropped : WordEditKind.Changed,
                run.SaidCount == 0 ? null : text[tokens[from + run.SaidStart].Start..tokens[from + run.SaidStart + run.SaidCount - 1].End],
                run.ClaimedCount == 0 ? null : claim.Text[claim.Tokens[run.ClaimedStart].Start..claim.Tokens[run.ClaimedStart + run.ClaimedCount - 1].End]))
            .ToArray();
        var snippet = DiffSnippet.Build(text, tokens, from, to, diff, claim);
        var agreement = diff.Agreement;
        return new VerifiedStatement(
            IndexSchema.ToHit(candidate.Document, snippet, (float)agreement),
            VerdictRules.Of(agreement),
            agreement,
            diff.Same,
            diff.Changed,
            diff.Dropped,
            diff.Added,
            edits);
    }

    private sealed record Candidate(Document Document, string Text, List<TextToken> Tokens, int Score, int From, int To);
}
