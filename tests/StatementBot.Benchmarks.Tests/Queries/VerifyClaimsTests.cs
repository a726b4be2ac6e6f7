using StatementBot.Benchmarks.Queries;
using StatementBot.Chat;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Benchmarks.Tests.Queries;

/// <summary>The /verify workload the benchmark draws from the corpus: what it times is what the command is for.</summary>
public sealed class VerifyClaimsTests
{
    [SharedFact]
    public void From_Corpus_WordForWordQuotesAreExactAndMisrememberedOnesClose()
    {
        var folder = Directory.CreateTempSubdirectory("statementbot-bench-verify-");
        try
        {
            string[] files = [.. Directory.GetFiles(SharedData.SharedPath("corpora", "china-mfa"), "*.html").Order(StringComparer.Ordinal).Take(4)];
            var corpus = new CorpusLoader().Load(files);
            new IndexBuilder(folder.FullName).Build(corpus, CorpusSnapshot.Take(files));
            using var index = StatementIndex.Open(folder.FullName);
            var router = CommandSet.CreateRouter(new StatementSearcher(index), new SpeakerDirectory(index));
            var statements = corpus.Documents.SelectMany(d => d.Statements).ToArray();

            var claims = VerifyClaims.From(statements, seed: 7, count: 20);

            Assert.Equal(claims.Select(c => c.Text), VerifyClaims.From(statements, seed: 7, count: 20).Select(c => c.Text));
            var summaries = claims.Select(c => router.Handle(c.Request).Summary ?? "").ToArray();
            Assert.All(summaries.Where((_, i) => i % 2 == 0), s => Assert.StartsWith("Exact:", s));
            Assert.All(summaries.Where((_, i) => i % 2 == 1), s => Assert.StartsWith("Close, not word for word:", s));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void QueryFile_VerifyLines_AreTimed()
    {
        var parser = new SlashLineParser(CommandSet.Catalog);
        var set = QuerySet.Read(Path.Combine(SharedData.RepoRoot, "bench", "queries.txt"), line => (parser.Parse(line).Request, parser.Parse(line).Error));

        Assert.True(set.Of(QuerySet.Verify).Count >= 5);
        Assert.Empty(set.Problems);
    }
}
