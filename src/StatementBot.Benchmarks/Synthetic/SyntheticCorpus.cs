using System.Globalization;
using System.Text;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Freshness;

namespace StatementBot.Benchmarks.Synthetic;

/// <summary>
/// Generates a large corpus of made-up press briefings, deterministically from a seed: fictional spokespeople of
/// fictional ministries answering questions in prose drawn from a <see cref="MarkovText"/> learned from a real corpus
/// (so word frequencies, statement lengths and the share of answers with questions look like the real thing, while no
/// sentence is anyone's). Dates fall between 2018 and 2025 like the shared corpora's, so the query set's date filters
/// apply. Never written to disk: it goes straight to the index builder.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int DefaultSeed = 42;
    public const int SpeakerCount = 400;
    private const int StatementsPerDocument = 25;
    private const double MainSpeakerShare = 0.8;

    private static readonly DateOnly FirstDay = new(2018, 1, 1);
    private static readonly DateOnly LastDay = new(2025, 1, 31);

    private readonly MarkovText _text;
    private readonly int[] _lengths;
    private readonly int[] _questionLengths;
    private readonly double _questionShare;

    /// <param name="training">The real statements whose words, lengths and question share the generator imitates.</param>
    public SyntheticCorpus(IReadOnlyCollection<Statement> training)
    {
        _text = new MarkovText(training.SelectMany(s => s.Question is null ? [s.Text] : new[] { s.Text, s.Question }));
        _lengths = training.Select(s => WordCount(s.Text)).Where(n => n > 0).DefaultIfEmpty(40).ToArray();
        _questionLengths = training.Where(s => s.Question is not null).Select(s => WordCount(s.Question!)).Where(n => n > 0).DefaultIfEmpty(20).ToArray();
        _questionShare = training.Count == 0 ? 0.5 : training.Count(s => s.Question is not null) / (double)training.Count;
        Speakers = FictionalSpeakers.Create(SpeakerCount);
    }

    /// <summary>The fictional speakers, most prolific first.</summary>
    public IReadOnlyList<SpeakerEntry> Speakers { get; }

    /// <summary>Whether there is prose to learn from (a corpus with at least one statement).</summary>
    public bool CanGenerate => !_text.IsEmpty;

    /// <summary><paramref name="statements"/> statements in documents of 25, the same for the same seed and training text.</summary>
    public CorpusLoad Generate(int statements, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var weights = Enumerable.Range(0, Speakers.Count).Select(rank => 1.0 / (rank + 1)).ToArray();
        var cumulative = new double[weights.Length];
        var sum = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += weights[i];
            cumulative[i] = sum;
        }

        var span = LastDay.DayNumber - FirstDay.DayNumber + 1;
        var documents = new List<ExtractedDocument>(statements / StatementsPerDocument + 1);
        long bytes = 0;
        for (var made = 0; made < statements; made += StatementsPerDocument)
        {
            var number = documents.Count + 1;
            var main = Speakers[Pick(cumulative, random)];
            var date = DateOnly.FromDayNumber(FirstDay.DayNumber + random.Next(span));
            var body = FictionalSpeakers.BodyOf(main);
            var info = new DocumentInfo(
                $"synthetic/seed-{seed}/briefing-{number:D6}.md",
                $"Regular Press Briefing of the fictional {body}, {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)} (synthetic)",
                date,
                $"fictional {body}",
                $"https://example.org/synthetic/{seed}/briefing-{number:D6}");
            var count = Math.Min(StatementsPerDocument, statements - made);
            var list = new Statement[count];
            for (var position = 0; position < count; position++)
            {
                var speaker = random.NextDouble() < MainSpeakerShare ? main : Speakers[Pick(cumulative, random)];
                var question = random.NextDouble() < _questionShare ? _text.Generate(_questionLengths[random.Next(_questionLengths.Length)], random) : null;
                var text = _text.Generate(_lengths[random.Next(_lengths.Length)], random);
                bytes += Encoding.UTF8.GetByteCount(text) + (question is null ? 0 : Encoding.UTF8.GetByteCount(question));
                list[position] = new Statement(speaker.Name, speaker.Roles[0], question is null ? StatementKind.Turn : StatementKind.Answer, text, question, info, position);
            }

            documents.Add(new ExtractedDocument(new SourceDocument(info, DocumentFormat.Markdown, []), list));
        }

        return new CorpusLoad(documents, [], SpeakerRegistry.FromEntries(Speakers), bytes);
    }

    /// <summary>What the index manifest records as the "corpus" of a generated build.</summary>
    public static CorpusSnapshot Snapshot(int statements, int seed) =>
        new([$"synthetic:{statements}:seed-{seed}"], 0, 0, null, null, $"synthetic-{statements}-{seed}");

    private static int Pick(double[] cumulative, Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                inWord = true;
                count++;
            }
        }

        return count;
    }
}
