using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Tests.Loading;

/// <summary>
/// The names each file's text writes are read when it is extracted and kept with it; the corpus-wide steps read them
/// instead of the text. Kept or read again, they must give the corpus a full build gives, and a change to one file's
/// text must still change how another file's speaker resolves. The people are fictional.
/// </summary>
public sealed class WrittenNamesTests
{
    private const string Source = "Ministry of Examples";

    private static readonly DocumentInfo Call = new("call.md", "Background Press Call on the Harbour Plan", new DateOnly(2024, 3, 5), Source, null);

    private static ExtractedFile File(DocumentInfo info, params Statement[] statements)
    {
        var document = new ExtractedDocument(new SourceDocument(info, new DocumentFormat("markdown", false), []), statements);
        return new ExtractedFile(info.Path, document, null, 100, StatementsFingerprint.Of(statements)) { Names = WrittenNames.Of(statements) };
    }

    private static Statement Said(string speaker, string? role, string text, DocumentInfo document, int position = 0) =>
        new(speaker, role, StatementKind.Turn, text, null, document, position);

    private static ExtractedFile Moderated(string text)
    {
        var info = new DocumentInfo("moderated.md", "Harbour Plan call, moderated", new DateOnly(2024, 3, 6), Source, null);
        return File(info, Said("Pat Reyes", "Spokesperson", text, info), Said("Pat Reyes", "Spokesperson", "Good afternoon.", info, 1));
    }

    private static ExtractedFile Kept(ExtractedFile file)
    {
        using var stream = new MemoryStream();
        ExtractedFileCodec.Write(stream, file);
        stream.Position = 0;
        return ExtractedFileCodec.Read(stream)!;
    }

    [Fact]
    public void Assemble_NamesKeptWithEachFile_GivesWhatReadingTheTextGives()
    {
        var files = new[]
        {
            File(Call, Said("Varga", null, "Let’s go to the next question.", Call), Said("Varga", null, "Next, please.", Call, 1)),
            Moderated("Thanks to Ilona Varga for moderating, and to Ilona Varga’s team."),
        };

        var kept = CorpusAssembly.Assemble(files.Select(Kept).ToArray());
        var read = CorpusAssembly.Assemble(files.Select(f => f with { Names = null }).ToArray());

        Assert.Equal(["Ilona Varga", "Ilona Varga"], kept.Documents[0].Statements.Select(s => s.Speaker));
        Assert.Equal(read.Speakers.Speakers.Select(s => s.Name), kept.Speakers.Speakers.Select(s => s.Name));
        Assert.Equal(read.Documents.SelectMany(d => d.Statements), kept.Documents.SelectMany(d => d.Statements));
    }

    [Fact]
    public void Assemble_OtherFilesTextNoLongerNamesTheSurname_SpeakerResolvesAsWritten()
    {
        var call = Kept(File(Call, Said("Varga", null, "Let’s go to the next question.", Call)));
        var before = CorpusAssembly.Assemble([call, Kept(Moderated("Thanks to Ilona Varga for moderating, and to Ilona Varga’s team."))]);

        var after = CorpusAssembly.Assemble([call, Kept(Moderated("Thanks to our moderator for the call."))]);

        Assert.Equal("Ilona Varga", before.Documents[0].Statements[0].Speaker);
        Assert.Equal("Varga", after.Documents[0].Statements[0].Speaker);
        Assert.Equal(SpeakerRegistry.Build(after.Files.SelectMany(f => f.Document!.Statements)).Speakers.Select(s => s.Name), after.Speakers.Speakers.Select(s => s.Name));
    }

    [Fact]
    public void Read_EntryOfAnOlderLayout_IsNotRead()
    {
        using var stream = new MemoryStream();
        ExtractedFileCodec.Write(stream, Moderated("Good morning."));
        stream.Position = 0;
        Assert.True(ExtractedFileCodec.IsCurrent(stream));

        var older = stream.ToArray();
        BitConverter.GetBytes(2).CopyTo(older, 0);

        Assert.False(ExtractedFileCodec.IsCurrent(new MemoryStream(older)));
        Assert.Null(ExtractedFileCodec.Read(new MemoryStream(older)));
    }
}
