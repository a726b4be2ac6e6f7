using StatementBot.Benchmarks.KnownItems;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Benchmarks.Tests.KnownItems;

/// <summary>
/// The committed known-item set as the bench reads it: enough items over all four parts of the corpus, each one a
/// short fragment that its file really holds, a query of three to five lower-case words, and no reporter's question.
/// </summary>
public sealed class KnownItemSetTests
{
    private static KnownItemSet Committed() => KnownItemSet.Read(Path.Combine(SharedData.RepoRoot, KnownItemSet.DefaultPath));

    [Fact]
    public void Read_CommittedSet_HasAtLeast150ItemsOverTheFourCorpusParts()
    {
        var set = Committed();

        Assert.Empty(set.Problems);
        Assert.True(set.Items.Count >= 150, $"{set.Items.Count} items");
        foreach (var part in KnownItemGenerator.Shares.Keys)
        {
            Assert.True(set.Items.Count(i => i.Path.StartsWith(part + "/", StringComparison.Ordinal)) >= 20, part);
        }

        Assert.All(set.Items, item =>
        {
            Assert.InRange(KnownItemWords.Split(item.Fragment).Length, 1, 12);
            Assert.InRange(KnownItemWords.Split(item.Query).Length, 3, 5);
            Assert.Equal(item.Query.ToLowerInvariant(), item.Query);
            Assert.DoesNotContain(item.Query, char.IsDigit);
        });
    }

    [Fact]
    public void Parse_LineWithoutThreeFields_IsAProblemAndTheRestIsRead()
    {
        var set = KnownItemSet.Parse("test", ["# comment", "a/b.md\tsome words here\trare words query", "only two\tfields", ""]);

        var item = Assert.Single(set.Items);
        Assert.Equal(2, item.Line);
        Assert.Equal("rare words query", item.Query);
        Assert.Equal(["line 3: expected path, fragment and query separated by tabs"], set.Problems);
    }

    [SharedFact]
    public void Read_CommittedSet_EveryFragmentIsInItsFileAndNotInAReportersQuestion()
    {
        var reader = new CorpusReader();
        foreach (var item in Committed().Items)
        {
            var document = reader.Read(SharedData.SharedPath(["corpora", .. item.Path.Split('/')])).Document;
            Assert.NotNull(document);
            var holding = document.Paragraphs.Where(p => KnownItemText.Normalize(p).Contains(KnownItemText.Normalize(item.Fragment), StringComparison.Ordinal)).ToArray();
            var paragraph = Assert.Single(holding);
            Assert.False(paragraph.StartsWith("Q ", StringComparison.Ordinal) || paragraph.StartsWith("Q:", StringComparison.Ordinal), $"{item.Path}: {paragraph}");
        }
    }
}
