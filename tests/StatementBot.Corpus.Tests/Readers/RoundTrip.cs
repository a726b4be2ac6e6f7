using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Readers;

/// <summary>
/// A corpus document and the same document saved in another format (made here, from its text): both read by the
/// corpus reader and attributed, so what each yields can be compared as a user would see it.
/// </summary>
internal sealed class RoundTrip : IDisposable
{
    private static readonly CorpusReader Reader = new();
    private static readonly StatementExtractor Extractor = new();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-formats-" + Guid.NewGuid().ToString("N"));

    public RoundTrip(string relative)
    {
        Directory.CreateDirectory(_folder);
        var read = Reader.Read(Path.Combine(SharedData.Corpora, relative));
        Assert.True(read.Document is not null, $"{relative} was skipped: {read.Skipped?.Reason}");
        Original = read.Document;
    }

    public SourceDocument Original { get; }

    /// <summary>The original's statements, with the text the other format can hold (see <see cref="WinAnsi"/>).</summary>
    public IReadOnlyList<(string Speaker, string Text)> OriginalStatements(bool winAnsi) =>
        Extractor.Extract(Original).Select(s => (s.Speaker, Flat(winAnsi ? WinAnsi.Fit(s.Text) : s.Text))).ToList();

    /// <summary>Writes <paramref name="bytes"/> as a file of the given name and reads it like any corpus file.</summary>
    public ReadResult ReadAs(string fileName, byte[] bytes)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllBytes(path, bytes);
        return Reader.Read(path);
    }

    public static IReadOnlyList<Statement> StatementsOf(SourceDocument document) => Extractor.Extract(document);

    public static IReadOnlyList<(string Speaker, string Text)> Pairs(SourceDocument document) =>
        StatementsOf(document).Select(s => (s.Speaker, Flat(s.Text))).ToList();

    /// <summary>Equal lists, or a failure that shows the first statement that differs (the lists are long).</summary>
    public static void AssertSame(IReadOnlyList<(string Speaker, string Text)> expected, IReadOnlyList<(string Speaker, string Text)> actual)
    {
        var first = Enumerable.Range(0, Math.Min(expected.Count, actual.Count)).Where(i => expected[i] != actual[i]).Cast<int?>().FirstOrDefault();
        Assert.True(first is null, first is { } i ? $"statement {i} differs:\nexpected {expected[i]}\nactual   {actual[i]}" : null);
        Assert.Equal(expected.Count, actual.Count);
    }

    public static string Flat(string text) => Misquote.Flat(text);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
