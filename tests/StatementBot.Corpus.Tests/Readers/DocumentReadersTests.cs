using System.Text;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Tests.Readers;

public sealed class DocumentReadersTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "statementbot-readers-" + Guid.NewGuid().ToString("N"));

    public DocumentReadersTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Default_ReadsEveryFormatByExtension_WhateverItsCase()
    {
        var readers = DocumentReaders.Default;

        Assert.Equal(["PlainText", "Markdown", "Markdown", "Html", "Html", "PDF", "Word"],
            new[] { "a.txt", "a.md", "a.MARKDOWN", "a.html", "a.htm", "a.Pdf", "a.docx" }.Select(f => readers.For(f)!.Format.Name));
        Assert.Null(readers.For("a.rtf"));
        Assert.Null(readers.For("NOTES"));
    }

    [Fact]
    public void Read_WithOneMoreReader_ReadsItsFormat()
    {
        var reader = new CorpusReader(new DocumentReaders([.. DocumentReaderList(), new NoteReader()]));
        var path = Write("speech.note", "Remarks by the Fictional Minister of Examples\nThe bridge opens on Monday.");

        var document = reader.Read(path).Document!;

        Assert.Equal(NoteReader.Note, document.Format);
        Assert.Equal(["The bridge opens on Monday."], document.Paragraphs);
        Assert.Equal("unknown format (.note)", new CorpusReader().Read(path).Skipped!.Reason);
    }

    [Fact]
    public void Read_PdfListedInTheFolderIndex_TakesItsUrl()
    {
        var info = new DocumentInfo("x", "Ministry of Examples Briefing", null, null, null);
        var pdf = GeneratedPdf.Of(new SourceDocument(info, DocumentFormat.PlainText, ["MS. EXAMPLE: Good afternoon, everyone."]), "Ministry of Examples");
        File.WriteAllBytes(Path.Combine(_folder, "briefing.pdf"), pdf);
        Write("index.csv", "file,url,title\nbriefing.pdf,https://example.org/briefing.pdf,Ministry of Examples Briefing\n");

        var document = new CorpusReader().Read(Path.Combine(_folder, "briefing.pdf")).Document!;

        Assert.Equal("https://example.org/briefing.pdf", document.Info.Url);
    }

    [Fact]
    public void Read_ReaderThatThrows_IsASkipNamingTheFormat()
    {
        var reader = new CorpusReader(new DocumentReaders([new NoteReader(throws: true)]));

        var reason = reader.Read(Write("odd.note", "anything")).Skipped!.Reason;

        Assert.Equal("the Note reader failed: InvalidOperationException: fictional failure", reason);
    }

    private static IEnumerable<IDocumentReader> DocumentReaderList() =>
        [new PlainTextReader(), new MarkdownReader(), new HtmlReader()];

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A format of this test's own: the first line is the title, the rest one paragraph each.</summary>
    private sealed class NoteReader(bool throws = false) : IDocumentReader
    {
        public static DocumentFormat Note { get; } = new("Note", TitledSpeechIsTranscript: true);

        public DocumentFormat Format => Note;

        public IReadOnlyList<string> Extensions { get; } = [".note"];

        public ReadResult Read(string path, ReadOnlyMemory<byte> bytes)
        {
            if (throws)
            {
                throw new InvalidOperationException("fictional failure");
            }

            var lines = Encoding.UTF8.GetString(bytes.Span).Split('\n');
            return ReadResult.Read(new SourceDocument(new DocumentInfo(path, lines[0], null, null, null), Note, lines[1..]));
        }
    }
}
