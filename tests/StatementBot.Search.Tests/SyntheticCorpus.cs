using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Tests;

/// <summary>
/// A corpus the size of the real one for load tests: every paragraph of the shared corpora becomes a statement,
/// given to one of 400 FICTIONAL speakers (names made of invented parts; no real person is quoted), with a skewed
/// share per speaker like real briefings, dates from the file names, and some questions. Deterministic (seeded).
/// </summary>
internal static partial class SyntheticCorpus
{
    private static readonly string[] Given = ["Ada", "Bo", "Cyra", "Dov", "Elin", "Fenn", "Gala", "Hob", "Iris", "Jory", "Kell", "Lio", "Mira", "Nox", "Orla", "Pim", "Quin", "Rill", "Sefa", "Tamsin"];
    private static readonly string[] Family = ["Quill", "Fennick", "Marrow", "Tansy", "Oakhart", "Pellow", "Brisk", "Vantor", "Hollin", "Drue", "Welkin", "Sorrel", "Ambry", "Corvel", "Lusk", "Nettle", "Pryor", "Rook", "Stave", "Thimble"];

    public static CorpusLoad Build(string corporaRoot)
    {
        var random = new Random(20240601);
        var speakers = Given.SelectMany(g => Family.Select(f => $"{g} {f}")).ToArray();
        var html = new HtmlParser();
        var documents = new List<ExtractedDocument>();
        long bytes = 0;
        foreach (var path in Directory.EnumerateFiles(corporaRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(path);
            if (extension is not (".md" or ".txt" or ".html"))
            {
                continue;
            }

            var raw = File.ReadAllText(path);
            bytes += raw.Length;
            var paragraphs = extension == ".html"
                ? html.ParseDocument(raw).QuerySelectorAll("p").Select(p => p.TextContent)
                : ParagraphBreak().Split(raw);
            var texts = paragraphs.Select(p => Whitespace().Replace(p, " ").Trim()).Where(p => p.Length >= 40).ToArray();
            if (texts.Length == 0)
            {
                continue;
            }

            var info = new DocumentInfo(path, Path.GetFileNameWithoutExtension(path), DateOf(path, random), "Fictional Ministry of Examples", null);
            var statements = new List<Statement>(texts.Length);
            for (var i = 0; i < texts.Length; i++)
            {
                // Skewed: a few speakers say most things, as in real briefings.
                var speaker = speakers[(int)(speakers.Length * Math.Pow(random.NextDouble(), 3))];
                var question = i > 0 && random.NextDouble() < 0.3 ? texts[i - 1] : null;
                statements.Add(new Statement(speaker, "Spokesperson", question is null ? StatementKind.Turn : StatementKind.Answer, texts[i], question, info, i));
            }
            documents.Add(new ExtractedDocument(new SourceDocument(info, DocumentFormat.PlainText, texts), statements));
        }

        var registry = SpeakerRegistry.FromEntries(speakers.Select(s => new SpeakerEntry(s, [], ["Spokesperson"])));
        return new CorpusLoad(documents, Array.Empty<SkippedFile>(), registry, bytes);
    }

    private static DateOnly? DateOf(string path, Random random)
    {
        var name = Path.GetFileName(path);
        if (name.Length >= 10 && DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        return random.NextDouble() < 0.05 ? null : new DateOnly(2018, 1, 1).AddDays(random.Next(0, 2500));
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
