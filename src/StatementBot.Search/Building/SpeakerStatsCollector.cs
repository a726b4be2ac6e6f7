using StatementBot.Corpus.Attribution;
using StatementBot.Search.Analysis;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Counts, while an index is built, what each speaker said: statements, documents, first and last date, and the
/// words and phrases that set them apart (<see cref="LogOdds"/> against their peers, <see cref="PeerBackground"/>),
/// so profiles never scan the index at query time. Not thread-safe: one thread feeds it.
/// </summary>
internal sealed class SpeakerStatsCollector
{
    /// <summary>How many distinctive terms are kept per speaker (profiles show fewer; comparisons filter them).</summary>
    public const int DistinctiveTermCount = 20;

    /// <summary>
    /// Terms scoring below this z are not distinctive. Low on purpose: a speaker quoted three times still gets the
    /// words of those quotes; for speakers with more to go on the ranking (z·δ) puts the strong ones first anyway.
    /// </summary>
    public const double MinimumZ = 0.5;

    private readonly Vocabulary _vocabulary = new();
    private readonly Dictionary<string, SpeakerTally> _speakers = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<int> _scratch = [];

    /// <summary>The corpus's phrases, set by <see cref="Finish"/>.</summary>
    public IReadOnlyList<PhraseRecord> Phrases { get; private set; } = [];

    public void Add(Statement statement)
    {
        if (statement.ByOrganisation)
        {
            // An organisation's words are searchable, but the organisation is no speaker of the directory.
            return;
        }
        if (!_speakers.TryGetValue(statement.Speaker, out var tally))
        {
            tally = new SpeakerTally();
            _speakers[statement.Speaker] = tally;
        }

        tally.Statements++;
        tally.Paths.Add(statement.Document.Path);
        if (statement.Document.Date is { } date)
        {
            tally.First = tally.First is { } first && first <= date ? first : date;
            tally.Last = tally.Last is { } last && last >= date ? last : date;
        }
        if (!string.IsNullOrWhiteSpace(statement.Role))
        {
            tally.Roles[statement.Role] = tally.Roles.GetValueOrDefault(statement.Role) + 1;
        }
        if (!string.IsNullOrWhiteSpace(statement.Document.Source))
        {
            tally.Sources[statement.Document.Source] = tally.Sources.GetValueOrDefault(statement.Document.Source) + 1;
        }

        _scratch.Clear();
        _vocabulary.Scan(statement.Text, _scratch);
        tally.Tokens.Add([.. _scratch]);
    }

    /// <summary>
    /// Each speaker's statistics, keyed by name (case-insensitive). <paramref name="names"/> gives the names a
    /// speaker goes by, whose words are never distinctive of them, and their offices and officials' given names,
    /// which are not either where the corpus writes them with a capital ("President" for a president, "Karine" for
    /// her colleague).
    /// </summary>
    public Dictionary<string, SpeakerStats> Finish(NameWords names)
    {
        var words = new ScannedWords(_vocabulary);
        var phrases = Collocations.Find(_speakers.Values.SelectMany(t => t.Tokens), words);
        var written = new PhraseForms();
        var corpus = new Dictionary<long, long>();
        long corpusWords = 0;
        foreach (var tally in _speakers.Values)
        {
            foreach (var tokens in tally.Tokens)
            {
                tally.Words += TermCounter.Count(tokens, words, phrases, tally, written);
            }
            tally.Tokens.Clear();
            corpusWords += tally.Words;
            foreach (var (key, count) in tally.Counts)
            {
                corpus[key] = corpus.GetValueOrDefault(key) + count;
            }
        }

        var stemForms = _vocabulary.DisplayForms();
        var display = new TermDisplay(stemForms, _vocabulary.BestFormPerSurface(), written, _vocabulary);
        Phrases = phrases
            .OrderByDescending(p => p.Value)
            .Select(p => new PhraseRecord(StemTexts(p.Key), display.Of(p.Key), p.Value))
            .ToArray();

        var people = CapitalisedStems(names.People, stemForms);
        var backgrounds = new PeerBackground(_speakers, corpus, corpusWords);
        // A prior heavier than a small corpus itself would drown every speaker in it.
        var priorSize = Math.Min(LogOdds.PriorSize, Math.Max(1, corpusWords / 4));
        var result = new Dictionary<string, SpeakerStats>(StringComparer.OrdinalIgnoreCase);
        foreach (var (speaker, tally) in _speakers)
        {
            var (theirs, theirWords, against) = backgrounds.For(tally);
            var own = StemsOf(names.NamesOf(speaker));
            var office = CapitalisedStems(names.OfficesOf(speaker), stemForms);
            var minimum = tally.Words switch { >= 5_000 => 5, >= 500 => 3, >= 100 => 2, _ => 1 };
            var ranked = tally.Counts
                .Where(p => p.Value >= minimum)
                .Select(p => (p.Key, Score: LogOdds.Score(p.Value, tally.Words, theirs(p.Key), theirWords, (double)corpus[p.Key] / corpusWords, priorSize)))
                .Where(t => t.Score.Z >= MinimumZ)
                .OrderByDescending(t => t.Score.Rank)
                .ThenBy(t => t.Key)
                .Select(t => t.Key);
            var picked = TermSelection.Pick(ranked, key => tally.Counts.GetValueOrDefault(key), key => !Mentions(key, own) && !Mentions(key, office) && !IsOneOf(key, people), TermKey.Overlap, TermKey.Length, DistinctiveTermCount);
            result[speaker] = new SpeakerStats(tally.Statements, tally.Paths.Count, tally.First, tally.Last,
                picked.Select(display.For(tally)).ToArray(), against);
        }
        return result;
    }

    private string[] StemTexts(long key) =>
        Enumerable.Range(0, TermKey.Length(key)).Select(i => _vocabulary.StemText(TermKey.Stem(key, i))).ToArray();

    private static bool Mentions(long key, HashSet<int> stems)
    {
        for (var i = 0; i < TermKey.Length(key); i++)
        {
            if (stems.Contains(TermKey.Stem(key, i)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the term is one word and one of <paramref name="stems"/> ("Karine"; never "Hong Kong").</summary>
    private static bool IsOneOf(long key, HashSet<int> stems) => TermKey.Length(key) == 1 && stems.Contains(TermKey.Stem(key, 0));

    /// <summary>The stems of the words in <paramref name="texts"/> that the corpus usually writes with a capital.</summary>
    private HashSet<int> CapitalisedStems(IEnumerable<string> texts, string[] stemForms)
    {
        var stems = StemsOf(texts);
        stems.RemoveWhere(stem => stem >= stemForms.Length || stemForms[stem].Length == 0 || !char.IsUpper(stemForms[stem][0]));
        return stems;
    }

    private HashSet<int> StemsOf(IEnumerable<string> names)
    {
        var stems = new HashSet<int>();
        foreach (var name in names)
        {
            foreach (var token in TextTokenizer.Tokenize(name))
            {
                if (_vocabulary.StemOf(token.Term) is var stem and >= 0)
                {
                    stems.Add(stem);
                }
            }
        }
        return stems;
    }
}
