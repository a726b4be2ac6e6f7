using System.Text;
using StatementBot.TestSupport;
using StatementBot.Tests.Cli;

namespace StatementBot.Tests.Crash;

/// <summary>
/// <c>statementbot index</c> over a folder of files that are not documents, each generated here: the build finishes,
/// prints one line per skipped file with its reason, and the one good document answers.
/// </summary>
public sealed class BadCorpusTests : IDisposable
{
    private const string Seed = "000_dc5d1ebfafa3b868.txt";

    private readonly string _root = Directory.CreateTempSubdirectory("statementbot-badcorpus-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Corpus => Path.Combine(_root, "corpus");

    private string[] Args(params string[] args) => [.. args, "--corpus", Corpus, "--index", Path.Combine(_root, "index")];

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(Corpus, name), bytes);

    [Fact]
    public void Index_CorpusOfBadFiles_ListsEachSkipWithItsReason_AndTheGoodDocumentAnswers()
    {
        Directory.CreateDirectory(Corpus);
        File.Copy(Path.Combine(SharedData.DefaultCorpus, Seed), Path.Combine(Corpus, Seed));
        var random = new byte[8192];
        new Random(3).NextBytes(random);
        Write("scan.txt", random);
        Write("latin1.md", Encoding.Latin1.GetBytes("Caf\u00e9 of the fictional Ministry of Examples"));
        Write("empty.txt", []);
        Write("nested.html", Encoding.UTF8.GetBytes("<html><body><div class=\"content\">" + string.Concat(Enumerable.Repeat("<div>", 10_000)) + "<p>SPOKESPERSON QUILL: Hello.</p>"));
        Write("notes\nfrom the desk.txt", Encoding.UTF8.GetBytes("Briefing by the fictional Ministry of Examples\n\n" + string.Concat(Enumerable.Repeat("SPOKESPERSON QUILL: The lanterns are lit. ", 2_000))));
        // A 200 MB file (sparse, so the test does not write 200 MB): skipped by its size, never read.
        using (var large = new FileStream(Path.Combine(Corpus, "all-years.txt"), FileMode.CreateNew))
        {
            large.SetLength(200L * 1024 * 1024);
        }

        var run = CliRun.Of(Args("index"));

        Assert.True(run.ExitCode == 0, run.Status);
        Assert.Contains("Indexed 1 documents, ", run.Status);
        Assert.Contains("6 files skipped.", run.Status);
        var skipped = run.Status.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("  skipped ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(6, skipped.Length);
        foreach (var (name, reason) in new[]
        {
            ("all-years.txt", "too large (200 MB; a document may be at most 8 MB, so it is skipped unread)"),
            ("empty.txt", "empty file"),
            ("latin1.md", "not UTF-8 text"),
            ("nested.html", "HTML nested too deeply (over 1,000 elements open at once)"),
            ("notes from the desk.txt", "a paragraph of 83,999 characters"), // the line break in its name shown as a space
            ("scan.txt", "binary file (contains NUL bytes)"),
        })
        {
            var line = $"{Path.DirectorySeparatorChar}{name}: {reason}";
            Assert.True(skipped.Count(l => l.Contains(line, StringComparison.Ordinal)) == 1, $"no one line with \"{line}\" in:\n{string.Join('\n', skipped)}");
        }

        Assert.DoesNotContain("   at ", run.Status);

        var quote = CliRun.Of(Args("quote", "mission", "impossible"));

        Assert.Equal(0, quote.ExitCode);
        Assert.DoesNotContain("Building the index", quote.Status);
        Assert.Contains("Wu Qian", quote.Output);
    }
}
