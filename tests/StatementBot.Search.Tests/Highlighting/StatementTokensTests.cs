using StatementBot.Search.Analysis;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Highlighting;

/// <summary>Tokens kept for one index are that index's statements' tokens, and snippets read the same with or without them.</summary>
public sealed class StatementTokensTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Of_KeptTokens_AreTheTokensOfThatIndexsStatement_EvenWithAnotherIndexOpen()
    {
        using var folder = new TempFolder();
        // The samples in another order, one fewer: statement n of this index is another statement than n of the fixture's.
        new IndexBuilder(folder.Path).Build(CorpusSamples.LoadOf(CorpusSamples.All.Reverse().Skip(1), CorpusSamples.Registry), CorpusSnapshot.Take([SharedData.DefaultCorpus]));
        using var other = StatementIndex.Open(folder.Path);

        foreach (var index in new[] { fixture.Index, other, fixture.Index })
        {
            using var lease = index.Acquire();
            var reader = lease.Searcher.IndexReader;
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                var text = IndexSchema.Text.Read(lease.Searcher.Doc(doc));

                Assert.Equal(TextTokenizer.Tokenize(text), StatementTokens.Of(text, reader, doc));
            }
            Assert.Equal(reader.MaxDoc, StatementTokens.KeptFor(reader));
        }
    }

    [Fact]
    public void Quote_AskedAgain_CutsTheSameSnippets()
    {
        using var index = StatementIndex.Open(fixture.Root);
        var searcher = new StatementSearcher(index);
        foreach (var words in new[] { "ukraine", "\"mission impossible\"", "inflation OR prices", "taiw*" })
        {
            var first = searcher.Quote(new QuoteQuery(words)).Value!;
            var again = searcher.Quote(new QuoteQuery(words)).Value!;

            Assert.NotEmpty(first.Hits);
            Assert.Equal(first.Hits.Select(Shown), again.Hits.Select(Shown));
        }
    }

    private static string Shown(Results.StatementHit hit) => hit.Snippet.Text + " | " + string.Join(", ", hit.Snippet.Highlights);
}
