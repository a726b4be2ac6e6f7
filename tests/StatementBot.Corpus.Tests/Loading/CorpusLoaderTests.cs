using System.Text;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Loading;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("statementbot-loader-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SharedFact]
    public void Load_FolderWithBadFiles_ReadsTheGoodOneAndCountsEverySkip()
    {
        var briefing = Path.Combine(_folder, "briefing.md");
        File.Copy(CorpusSamples.PathOf(CorpusSamples.JeanPierreBriefing), briefing);
        File.WriteAllBytes(Path.Combine(_folder, "clip.html"), [0x3C, 0x00, 0x70, 0x3E]);
        File.WriteAllBytes(Path.Combine(_folder, "latin1.md"), Encoding.Latin1.GetBytes("Caf\u00e9 of the fictional Ministry of Examples"));
        File.WriteAllBytes(Path.Combine(_folder, "empty.md"), []);
        File.WriteAllText(Path.Combine(_folder, "report.rtf"), @"{\rtf1 Report}");
        var progress = new RecordingProgress();

        var load = new CorpusLoader().Load([_folder], progress);

        var document = Assert.Single(load.Documents);
        Assert.Equal(briefing, document.Document.Info.Path);
        Assert.Equal("Karine Jean-Pierre", document.Statements[0].Speaker);
        Assert.Equal(new FileInfo(briefing).Length, load.SourceBytes);
        Assert.Equal(
            [("clip.html", "binary file (contains NUL bytes)"), ("empty.md", "empty file"), ("latin1.md", "not UTF-8 text"), ("report.rtf", "unknown format (.rtf)")],
            load.Skipped.Select(s => (Path.GetFileName(s.Path), s.Reason)));
        Assert.Equal(new CorpusProgress(5, 5, progress.Reports[^1].CurrentPath), progress.Reports[^1]);
    }

    [SharedFact]
    public void Load_SameBriefingTwiceUnderAnotherTitleAndSpacing_KeepsTheFirstCopyAndListsTheOther()
    {
        // As the White House site publishes some briefings twice: another address and title, hard wraps with
        // trailing spaces and a different modification time in the front matter.
        var original = File.ReadAllText(CorpusSamples.PathOf(CorpusSamples.JeanPierreBriefing));
        var first = Path.Combine(_folder, "2023-05-01-press-briefing-2.md");
        var second = Path.Combine(_folder, "2023-05-01-press-briefing.md");
        File.WriteAllText(second, original);
        File.WriteAllText(first, original.Replace("title: ", "title: Copy of ").Replace("\n\n", "   \n  \n").Replace("19:53:33", "20:10:00"));

        var load = new CorpusLoader().Load([_folder]);

        var document = Assert.Single(load.Documents);
        Assert.Equal(first, document.Document.Info.Path);
        Assert.Equal([new DuplicateDocument(second, first)], load.Duplicates);
        Assert.Empty(load.Skipped);
    }

    [SharedFact]
    public void Load_CopyWithOneWordChanged_IsADocumentOfItsOwn()
    {
        var original = File.ReadAllText(CorpusSamples.PathOf(CorpusSamples.JeanPierreBriefing));
        File.WriteAllText(Path.Combine(_folder, "a.md"), original);
        File.WriteAllText(Path.Combine(_folder, "b.md"), ReplaceLast(original, " the ", " a "));

        var load = new CorpusLoader().Load([_folder]);

        Assert.Equal(2, load.Documents.Count);
        Assert.Empty(load.Duplicates);
    }

    [Fact]
    public void Load_DocumentsWithoutStatements_AreNeverDuplicatesOfEachOther()
    {
        // Fictional text with nobody speaking: nothing to show twice, so both stay documents read.
        File.WriteAllText(Path.Combine(_folder, "a.md"), "The fictional Ministry of Examples closed for the holiday.");
        File.WriteAllText(Path.Combine(_folder, "b.md"), "The fictional Ministry of Examples closed for the holiday.");

        var load = new CorpusLoader().Load([_folder]);

        Assert.Empty(load.Duplicates);
        Assert.All(load.Documents, d => Assert.Empty(d.Statements));
    }

    private static string ReplaceLast(string text, string old, string replacement)
    {
        var at = text.LastIndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    [Fact]
    public void Load_MissingFolder_IsReportedAsASkip()
    {
        var missing = Path.Combine(_folder, "no-such-corpus");

        var load = new CorpusLoader().Load([missing]);

        Assert.Empty(load.Documents);
        Assert.Equal(new SkippedFile(missing, "file or folder not found"), Assert.Single(load.Skipped));
        Assert.Equal(0, load.SourceBytes);
    }

    [Fact]
    public void Load_Cancelled_Throws()
    {
        File.WriteAllText(Path.Combine(_folder, "a.md"), "SPOKESPERSON QUILL: Good morning.");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => new CorpusLoader().Load([_folder], cancellationToken: cancelled.Token));
    }

    [Fact]
    public void Load_SeedCorpus_AccountsForBothFilesWithoutThrowing()
    {
        var load = new CorpusLoader().Load([SharedData.DefaultCorpus]);

        Assert.Equal(
            ["000_dc5d1ebfafa3b868.txt", "003_66b6f5c84722ec5d.txt"],
            load.Documents.Select(d => d.Document.Info.Path).Concat(load.Skipped.Select(s => s.Path)).Select(Path.GetFileName).Order());
        Assert.All(load.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Load_SeedCorpus_AttributesEachSeedsSpeakers()
    {
        var load = new CorpusLoader().Load([SharedData.DefaultCorpus]);

        Assert.Equal(2, load.Documents.Count);
        Assert.Empty(load.Skipped);
        Assert.Equal(["Mark Esper", "Tan Kefei", "Wu Qian"], load.Speakers.Speakers.Select(s => s.Name).Order());
        Assert.Equal(["Wu Qian"], load.Documents[0].Statements.Select(s => s.Speaker).Distinct());
    }

    [SharedFact]
    public void Load_ForeignMinistryFolder_EveryPressConferenceYieldsAnswers()
    {
        var folder = Path.Combine(SharedData.Corpora, "china-mfa");
        var progress = new RecordingProgress();

        var load = new CorpusLoader().Load([folder], progress);

        Assert.Equal(500, load.Documents.Count + load.Skipped.Count);
        Assert.Empty(load.Skipped);
        var pressConferences = load.Documents.Where(d => d.Document.Info.Title.Contains("Press Conference", StringComparison.Ordinal)).ToList();
        Assert.Equal(472, pressConferences.Count);
        Assert.All(pressConferences, d => Assert.Contains(d.Statements, s => s.Kind == StatementKind.Answer && s.Question is not null));
        Assert.Equal(["Geng Shuang", "Hua Chunying", "Lu Kang", "Zhao Lijian"], load.Speakers.Speakers.Select(s => s.Name));
        Assert.Equal(CorpusReader.EnumerateFiles([folder]), load.Documents.Select(d => d.Document.Info.Path));
        Assert.All(load.Documents, d => Assert.StartsWith("https://www.fmprc.gov.cn/", d.Document.Info.Url, StringComparison.Ordinal));

        var done = progress.Reports.Select(r => r.FilesDone).ToList();
        Assert.Equal(0, done[0]);
        Assert.Equal(500, done[^1]);
        Assert.All(done.Zip(done.Skip(1)), pair => Assert.InRange(pair.Second - pair.First, 1, 50));
    }

    [SharedFact]
    public void Load_EverySharedCorpus_AccountsForEveryFileInOneRun()
    {
        var files = CorpusReader.EnumerateFiles([SharedData.Corpora]);

        var load = new CorpusLoader().Load([SharedData.Corpora]);

        Assert.Equal(files.Count, load.Documents.Count + load.Skipped.Count + load.Duplicates.Count);
        Assert.True(files.Count > 4200, $"{files.Count} files");
        // The White House site published 36 briefings and remarks twice; the index takes each once. Short documents
        // count as copies only under the same title (case aside): two Wikinews election reports share a closing
        // paragraph word for word and are not one.
        Assert.Equal(36, load.Duplicates.Count);
        Assert.DoesNotContain(load.Duplicates, d => d.Path.Contains("wikinews", StringComparison.Ordinal));
        Assert.DoesNotContain(load.Skipped, s => s.Path.EndsWith(".html", StringComparison.Ordinal) || (s.Path.EndsWith(".md", StringComparison.Ordinal) && !s.Reason.StartsWith("statements could not be attributed", StringComparison.Ordinal)));
        Assert.All(load.Skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
        Assert.True(load.StatementCount > 80_000, $"{load.StatementCount} statements"); // one per turn
        Assert.True(load.SourceBytes > 90_000_000, $"{load.SourceBytes} bytes");
    }
}
