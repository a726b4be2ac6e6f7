using StatementBot.Chat;
using StatementBot.Commands.Routing;
using StatementBot.Rendering;
using StatementBot.Search.Querying;
using StatementBot.Tests.Chat;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Acceptance;

/// <summary>
/// Phrases typed in chat as in Discord, combined with OR and NOT, on the whole shared corpus: each answer keeps the
/// phrases whole, its count lies between the phrases' own counts as OR says, and page 2 goes on from page 1.
/// </summary>
[Collection(FullCorpusCollection.Name)]
public sealed class QueryPhrasesAcceptanceTests(FullCorpusFixture corpus)
{
    private readonly SlashLineParser _parser = new(CommandSet.Catalog);

    [SharedTheory]
    [InlineData("\"student loan\"", "\"student debt\"", "")]
    [InlineData("\"Hong Kong\"", "\"Macao\"", " speaker:\"Hua Chunying\"")]
    [InlineData("\"supply chain\"", "\"supply chains\"", " speaker:\"Jen Psaki\"")]
    [InlineData("\"trade war\"", "\"trade friction\"", " speaker:\"Geng Shuang\"")]
    [InlineData("\"climate change\"", "\"climate crisis\"", " from:2021 to:2022")]
    public void PhraseOrPhrase_TypedInChat_FindsEitherPhraseWholeAndCountsAsOrSays(string a, string b, string filters)
    {
        var either = Quote($"/quote query:{a} OR {b}{filters}");
        var onlyA = Quote($"/quote query:{a}{filters}");
        var onlyB = Quote($"/quote query:{b}{filters}");

        Assert.True(onlyA.Total > 0 && onlyB.Total > 0, $"{a}: {onlyA.Total}, {b}: {onlyB.Total}");
        Assert.InRange(either.Total, Math.Max(onlyA.Total, onlyB.Total), onlyA.Total + onlyB.Total);
        var tree = QuerySyntax.Parse($"{a} OR {b}").Value!;
        var truth = new QueryTruth(corpus.Searcher);
        var page2 = Quote($"/quote query:{a} OR {b}{filters} page:2");
        Assert.All(either.Hits.Concat(page2.Hits), hit => Assert.True(truth.Holds(tree, hit), $"“{hit.Text}” has neither {a} nor {b}"));
        Assert.Empty(either.Hits.Select(h => h.Id).Intersect(page2.Hits.Select(h => h.Id)));
    }

    [SharedTheory]
    [InlineData("\"South China Sea\"", "\"United States\"")]
    [InlineData("\"climate change\"", "\"Paris Agreement\"")]
    [InlineData("\"Build Back Better\"", "\"Inflation Reduction Act\"")]
    public void PhraseWithoutPhrase_TypedInChat_LeavesTheSecondOut(string wanted, string excluded)
    {
        foreach (var line in new[] { $"/quote query:{wanted} -{excluded}", $"/quote query:{wanted} NOT {excluded}" })
        {
            var result = Quote(line);
            var all = Quote($"/quote query:{wanted}");

            Assert.InRange(result.Total, 1, all.Total - 1);
            var truth = new QueryTruth(corpus.Searcher);
            Assert.All(result.Hits, hit => Assert.True(truth.Holds(QuerySyntax.Parse($"{wanted} -{excluded}").Value!, hit), $"{line}: “{hit.Text}”"));
        }
    }

    private (int Total, IReadOnlyList<Search.Results.StatementHit> Hits) Quote(string line)
    {
        var parsed = _parser.Parse(line);
        Assert.True(parsed.Error is null, $"{line}: {parsed.Error}");
        var reply = CommandSet.CreateRouter(corpus.Searcher, corpus.Directory).Handle(parsed.Request!);
        Assert.False(reply.IsError, $"{line}: {reply.Title}");
        // The count as batch --json prints it.
        using var json = System.Text.Json.JsonDocument.Parse(JsonRenderer.Serialize(reply));
        var total = json.RootElement.GetProperty("total").GetInt32();
        return (total, reply.Hits.ToArray());
    }
}
