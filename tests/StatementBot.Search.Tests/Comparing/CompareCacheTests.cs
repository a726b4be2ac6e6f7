using StatementBot.Search.Analysis;
using StatementBot.Search.Building;
using StatementBot.Search.Comparing;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Comparing;

/// <summary>Statement words kept for one index are that index's statements' words, and comparisons read the same with or without them.</summary>
public sealed class CompareCacheTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void KeptWords_AreTheWordsOfThatIndexsStatement_EvenWithAnotherIndexOpen()
    {
        using var folder = new TempFolder();
        // The samples in another order, one fewer: statement n of this index is another statement than n of the fixture's.
        new IndexBuilder(folder.Path).Build(CorpusSamples.LoadOf(CorpusSamples.All.Reverse().Skip(1), CorpusSamples.Registry), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
        using var other = StatementIndex.Open(folder.Path);

        foreach (var index in new[] { fixture.Index, other, fixture.Index })
        {
            using var lease = index.Acquire();
            var searcher = lease.Searcher;
            for (var doc = 0; doc < searcher.IndexReader.MaxDoc; doc++)
            {
                var text = IndexSchema.Text.Read(searcher.Doc(doc));
                var kept = new TopicWords(new WordStemmer(), lease.Generation.Phrases);
                kept.Add(searcher, doc);
                var read = new TopicWords(new WordStemmer(), lease.Generation.Phrases);
                read.Add(text);

                Assert.Equal(read.Words, kept.Words);
                Assert.Equal(read.Terms.Select(t => (t, read.CountOf(t), read.Display(t))), kept.Terms.Select(t => (t, kept.CountOf(t), kept.Display(t))));
            }
        }
    }

    [Fact]
    public void Compare_AskedAgain_ReadsTheSameFromKeptWords()
    {
        var pairs = new[] { ("Zhao Lijian", "Hua Chunying", "taiwan"), ("jean-pierre", "kirby", "ukraine"), ("Karine Jean-Pierre", "John Kirby", "inflation OR prices") };
        foreach (var (a, b, about) in pairs)
        {
            using var index = StatementIndex.Open(fixture.Root);
            var searcher = new StatementSearcher(index);
            var first = searcher.Compare(a, b, about).Value!;
            var again = searcher.Compare(a, b, about).Value!;
            var reversed = searcher.Compare(b, a, about).Value!;

            Assert.NotEmpty(first.A.DistinctiveTerms);
            Assert.Equal(Describe(first), Describe(again));
            Assert.Equal(Describe(first), Describe(reversed with { A = reversed.B, B = reversed.A }));
        }
    }

    private static (string A, string B) Describe(Results.Comparison comparison) =>
        (Describe(comparison.A), Describe(comparison.B));

    private static string Describe(Results.CompareSide side) =>
        $"{side.Speaker}: {side.Total} on the topic; {string.Join(", ", side.DistinctiveTerms)}; {string.Join(" ", side.Hits.Select(h => h.Id))}";
}
