using System.Text;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Reading;

public sealed class CorpusReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statementbot-reader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Read_BadFiles_AreSkippedWithShortReasons()
    {
        var reader = new CorpusReader();

        Assert.Equal("binary file (contains NUL bytes)", reader.Read(Write("clip.md", [0x2D, 0x2D, 0x00, 0x01, 0xFF])).Skipped!.Reason);
        Assert.Equal("not UTF-8 text", reader.Read(Write("latin1.html", Encoding.Latin1.GetBytes("<p>Caf\u00e9 of the fictional Ministry of Examples</p>"))).Skipped!.Reason);
        Assert.Equal("empty file", reader.Read(Write("empty.md", [])).Skipped!.Reason);
        Assert.Equal("empty file", reader.Read(Write("blank.html", Encoding.UTF8.GetBytes(" \n\u00A0\t\n"))).Skipped!.Reason);
        Assert.Equal("unknown format (.rtf)", reader.Read(Write("report.rtf", Encoding.UTF8.GetBytes(@"{\rtf1 Report}"))).Skipped!.Reason);
        Assert.StartsWith("broken PDF: ", reader.Read(Write("report.pdf", Encoding.UTF8.GetBytes("%PDF-1.7"))).Skipped!.Reason);
        Assert.Equal("unknown format (no extension)", reader.Read(Write("NOTES", Encoding.UTF8.GetBytes("notes"))).Skipped!.Reason);
        Assert.Equal("file or folder not found", reader.Read(Path.Combine(_folder, "missing.md")).Skipped!.Reason);
        Assert.Equal("not a document (corpus metadata)", reader.Read(Write("LICENSE", Encoding.UTF8.GetBytes("CC0"))).Skipped!.Reason);
        Assert.Equal("a folder, not a file", reader.Read(_folder).Skipped!.Reason);
        Assert.Equal("file or folder not found", reader.Read(CorpusReader.EnumerateFiles([""]).Single()).Skipped!.Reason);
    }

    [Fact]
    public void Read_MarkdownWithByteOrderMark_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("---\ntitle: Remarks by Spokesperson Ada Quill\ndate: '2024-02-03'\n---\n\nSPOKESPERSON QUILL: Welcome.\n")).ToArray();

        var document = new CorpusReader().Read(Write("quill.md", bytes)).Document!;

        Assert.Equal("Remarks by Spokesperson Ada Quill", document.Info.Title);
        Assert.Equal(new DateOnly(2024, 2, 3), document.Info.Date);
    }

    [Fact]
    public void EnumerateFiles_Folders_AreRecursiveSortedAndLeaveOutMetadataAndDotFiles()
    {
        Write("b.md", [1]);
        Write("a.txt", [1]);
        Write("sub/c.html", [1]);
        Write("index.csv", [1]);
        Write("LICENSE.md", [1]);
        Write("README", [1]);
        Write(".DS_Store", [1]);
        Write(".git/config.md", [1]);
        var missing = Path.Combine(_folder, "no-such-folder");

        var files = CorpusReader.EnumerateFiles([_folder, Path.Combine(_folder, "b.md"), missing]);

        Assert.Equal(
            [Path.Combine(_folder, "a.txt"), Path.Combine(_folder, "b.md"), Path.Combine(_folder, "sub", "c.html"), missing],
            files);
    }

    [SharedFact]
    public void EnumerateFiles_WhiteHouseCorpus_ListsEveryTranscriptButNotTheLicence()
    {
        var files = CorpusReader.EnumerateFiles([Path.Combine(SharedData.Corpora, "wh-briefings")]);

        Assert.Equal(3756, files.Count);
        Assert.All(files, f => Assert.EndsWith(".md", f, StringComparison.Ordinal));
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
