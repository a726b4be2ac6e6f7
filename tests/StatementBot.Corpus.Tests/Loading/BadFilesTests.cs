using System.Diagnostics;
using System.Text;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;

namespace StatementBot.Corpus.Tests.Loading;

/// <summary>Corpus folders holding files that are not documents: the load finishes, says why each was left out, reads the rest.</summary>
public sealed class BadFilesTests : IDisposable
{
    private readonly BadFiles _files = new(Directory.CreateTempSubdirectory("statementbot-bad-").FullName);

    public void Dispose() => Directory.Delete(_files.Folder, recursive: true);

    [Fact]
    public void Load_FolderOfBadFiles_ReadsTheSeedAndSkipsEachOtherFileWithItsReason()
    {
        var seed = _files.CopySeed("a-seed.txt");
        _files.Random("binary.txt", 4096, withNul: true);
        _files.Random("noise.md", 4096, withNul: false);
        var utf8 = Encoding.UTF8.GetBytes(BadFiles.SeedText);
        _files.Write("broken-utf8.txt", [.. utf8[..200], 0xC3, 0x28, .. utf8[200..]]);
        _files.Write("bad-utf16.txt", [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00]); // a high surrogate with no low one
        _files.Write("empty.txt", []);
        _files.Write("blank.md", " \n\t\n\u00A0\n");
        _files.NestedHtml("nested.html", 10_000);
        _files.Write("nested-quote.md", new string('>', 10_000) + " SPOKESPERSON QUILL: The lanterns are lit.\n");
        _files.OneParagraph("one-paragraph.txt", 70_000);

        var load = new CorpusLoader().Load([_files.Folder]);

        var document = Assert.Single(load.Documents);
        Assert.Equal(seed, document.Document.Info.Path);
        Assert.Equal(["Wu Qian"], document.Statements.Select(s => s.Speaker).Distinct());
        var reasons = load.Skipped.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal(
            ["bad-utf16.txt", "binary.txt", "blank.md", "broken-utf8.txt", "empty.txt", "nested-quote.md", "nested.html", "noise.md", "one-paragraph.txt"],
            reasons.Keys);
        Assert.Equal("not utf-16 text (invalid bytes after its byte-order mark)", reasons["bad-utf16.txt"]);
        Assert.Equal("binary file (contains NUL bytes)", reasons["binary.txt"]);
        Assert.Equal("empty file", reasons["blank.md"]);
        Assert.Equal("not UTF-8 text", reasons["broken-utf8.txt"]);
        Assert.Equal("empty file", reasons["empty.txt"]);
        Assert.StartsWith("the Markdown reader failed: ", reasons["nested-quote.md"], StringComparison.Ordinal);
        Assert.Equal("HTML nested too deeply (over 1,000 elements open at once)", reasons["nested.html"]);
        Assert.Equal("not UTF-8 text", reasons["noise.md"]);
        Assert.StartsWith("a paragraph of 70,", reasons["one-paragraph.txt"], StringComparison.Ordinal);
        Assert.All(reasons.Values, r => Assert.DoesNotContain('\n', r));
    }

    public static TheoryData<string> Encodings => ["utf-8", "utf-16", "utf-16BE", "utf-32", "utf-32BE"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_TextWithAByteOrderMark_IsTheSameDocumentAsInUtf8(string name)
    {
        var encoding = Encoding.GetEncoding(name);
        var plain = new CorpusReader().Read(_files.CopySeed()).Document!;

        var marked = new CorpusReader().Read(_files.SeedIn("marked.txt", encoding)).Document;

        Assert.NotNull(marked);
        Assert.Equal(plain.Info with { Path = marked.Info.Path }, marked.Info);
        Assert.Equal(plain.Paragraphs, marked.Paragraphs);
    }

    [Fact]
    public void Load_FilesThatChangeBetweenListingAndReading_AreSkippedAsTheyAreWhenRead()
    {
        var seed = _files.CopySeed("a-seed.txt");
        var gone = _files.CopySeed("gone.txt");
        var emptied = _files.CopySeed("emptied.txt");
        var binary = _files.CopySeed("now-binary.txt");
        var folder = _files.CopySeed("now-folder.txt");
        var grown = _files.CopySeed("grown.txt");
        var changed = false;
        var progress = new Progress(p =>
        {
            if (p.FilesDone > 0 || changed)
            {
                return;
            }

            // Reported once the files are listed and before any is read.
            changed = true;
            File.Delete(gone);
            File.WriteAllBytes(emptied, []);
            _files.Random("now-binary.txt", 2048, withNul: true);
            File.Delete(folder);
            Directory.CreateDirectory(folder);
            using var stream = new FileStream(grown, FileMode.Open);
            stream.SetLength(12L * 1024 * 1024);
        });

        var load = new CorpusLoader().Load([_files.Folder], progress);

        Assert.True(changed);
        Assert.Equal([seed], load.Documents.Select(d => d.Document.Info.Path));
        Assert.Equal(
            [
                new SkippedFile(emptied, "empty file"),
                new SkippedFile(gone, "file or folder not found"),
                new SkippedFile(grown, "too large (12 MB; a document may be at most 8 MB, so it is skipped unread)"),
                new SkippedFile(binary, "binary file (contains NUL bytes)"),
                new SkippedFile(folder, "a folder, not a file"),
            ],
            load.Skipped);
    }

    [Fact]
    public void Load_FileWithoutReadPermission_IsSkippedAsSuch_OrReadWhenTheUserMayReadAnything()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        _files.CopySeed("a-seed.txt");
        var locked = _files.CopySeed("locked.txt");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        // Root reads any file whatever its mode; then the file is simply a document.
        var readable = CanOpen(locked);

        var load = new CorpusLoader().Load([_files.Folder]);

        if (readable)
        {
            Assert.Equal(2, load.Documents.Count + load.Duplicates.Count);
            Assert.Empty(load.Skipped);
        }
        else
        {
            Assert.Single(load.Documents);
            Assert.Equal(new SkippedFile(locked, "permission denied"), Assert.Single(load.Skipped));
        }
    }

    [Fact]
    public void Load_PagesNestedVeryDeepAndAParagraphOfMegabytes_AreSkippedInSeconds()
    {
        // Parsed, the page took the HTML parser about half a minute and the paragraph the attributors longer still.
        _files.CopySeed();
        _files.NestedHtml("nested.html", 100_000);
        _files.Write("nested.md", "Notes from the fictional Ministry of Examples\n\n" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "\n");
        _files.OneParagraph("one-paragraph.txt", 4 * 1024 * 1024);
        var clock = Stopwatch.StartNew();

        var load = new CorpusLoader().Load([_files.Folder]);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"{clock.Elapsed.TotalSeconds:N1} s");
        Assert.Single(load.Documents);
        Assert.Equal(["nested.html", "nested.md", "one-paragraph.txt"], load.Skipped.Select(s => Path.GetFileName(s.Path)));
    }

    private static bool CanOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private sealed class Progress(Action<CorpusProgress> report) : IProgress<CorpusProgress>
    {
        public void Report(CorpusProgress value) => report(value);
    }
}
