using System.Diagnostics;
using System.Text;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Bounds;

/// <summary>
/// A synthetic index built to make searches expensive, deterministically from a seed: <see cref="Statements"/>
/// statements by fictional spokespeople of a fictional ministry, every one of them with the word
/// <see cref="EveryStatementWord"/> (a query that matches all of them), and sprinkled with <see cref="InventedWords"/>
/// invented words that all start with <see cref="SharedPrefix"/> (a prefix that stands for thousands of words). No
/// sentence is anyone's: the words are drawn at random from a short list and the invented ones.
/// </summary>
public sealed class BroadIndexFixture : IDisposable
{
    public const int Statements = 60_000;
    public const int InventedWords = 12_000;
    public const string SharedPrefix = "zo";
    public const string EveryStatementWord = "ministry";
    public const string Speaker = "Ada Quill";

    private const int PerDocument = 50;

    private static readonly string[] Common =
    [
        "trade", "border", "talks", "policy", "budget", "harbour", "railway", "grain", "weather", "schools",
        "treaty", "exports", "fisheries", "bridge", "census", "tariff", "archive", "museum", "pension", "canal",
    ];

    private static readonly string[] Speakers = ["Ada Quill", "Bo Fennick", "Cyra Marrow", "Dov Tansy", "Elin Oakhart", "Fenn Pellow"];

    private readonly TempFolder _folder = new();

    public BroadIndexFixture()
    {
        var clock = Stopwatch.StartNew();
        new IndexBuilder(_folder.Path).Build(Generate(), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
        BuildTime = clock.Elapsed;
        Index = StatementIndex.Open(_folder.Path);
    }

    public StatementIndex Index { get; }

    public TimeSpan BuildTime { get; }

    public void Dispose()
    {
        Index.Dispose();
        _folder.Dispose();
    }

    private static CorpusLoad Generate()
    {
        var random = new Random(20260601);
        var invented = Enumerable.Range(0, InventedWords).Select(i => SharedPrefix + Syllables(i)).ToArray();
        var documents = new List<ExtractedDocument>();
        long bytes = 0;
        for (var made = 0; made < Statements; made += PerDocument)
        {
            var number = documents.Count + 1;
            var info = new DocumentInfo(
                $"synthetic/broad/briefing-{number:D5}.md", $"Fictional briefing {number} of the Ministry of Examples",
                new DateOnly(2019, 1, 1).AddDays(random.Next(0, 2000)), "Fictional Gazette", null);
            var statements = new Statement[PerDocument];
            var paragraphs = new string[PerDocument];
            for (var i = 0; i < PerDocument; i++)
            {
                var text = new StringBuilder("The ").Append(EveryStatementWord).Append(" said");
                for (var w = 0; w < 14; w++)
                {
                    text.Append(' ').Append(Common[random.Next(Common.Length)]);
                }

                for (var w = 0; w < 4; w++)
                {
                    text.Append(' ').Append(invented[random.Next(invented.Length)]);
                }

                paragraphs[i] = text.Append('.').ToString();
                bytes += paragraphs[i].Length;
                statements[i] = new Statement(Speakers[random.Next(Speakers.Length)], "Spokesperson", StatementKind.Turn, paragraphs[i], null, info, i);
            }

            documents.Add(new ExtractedDocument(new SourceDocument(info, DocumentFormat.PlainText, paragraphs), statements));
        }

        var registry = SpeakerRegistry.FromEntries(Speakers.Select(s => new SpeakerEntry(s, [], ["Spokesperson of the fictional Ministry of Examples"])));
        return new CorpusLoad(documents, Array.Empty<SkippedFile>(), registry, bytes);
    }

    /// <summary>A distinct pronounceable tail for each number: "ba", "be", …, "baba", … (never a real word's stem).</summary>
    private static string Syllables(int n)
    {
        const string consonants = "bdfgklmnprstvz";
        const string vowels = "aeiou";
        var builder = new StringBuilder();
        do
        {
            builder.Append(consonants[n % consonants.Length]).Append(vowels[n / consonants.Length % vowels.Length]);
            n /= consonants.Length * vowels.Length;
        }
        while (n > 0);
        return builder.Append('x').ToString();
    }
}
