using StatementBot.Benchmarks.Queries;
using StatementBot.Chat;
using StatementBot.Commands.Routing;
using StatementBot.TestSupport;

namespace StatementBot.Benchmarks.Tests.Queries;

public sealed class QuerySetTests
{
    private static readonly SlashLineParser Parser = new(CommandSet.Catalog);

    private static (CommandRequest? Request, string? Error) ReadLine(string line)
    {
        var parsed = Parser.Parse(line);
        return (parsed.Request, parsed.Error);
    }

    private static QuerySet Read(string path) => QuerySet.Read(path, ReadLine);

    [Fact]
    public void Read_RepositoryQuerySet_EveryLineIsATimedCommandAndThereAreAtLeast200()
    {
        var set = Read(Path.Combine(SharedData.RepoRoot, "bench", "queries.txt"));

        Assert.Empty(set.Problems);
        Assert.True(set.Queries.Count >= 200, $"{set.Queries.Count} queries");
        Assert.True(set.Of(QuerySet.Quote).Count >= 150, $"{set.Of(QuerySet.Quote).Count} /quote");
        Assert.True(set.Of(QuerySet.Speaker).Count >= 30, $"{set.Of(QuerySet.Speaker).Count} /speaker");
        Assert.True(set.Of(QuerySet.Compare).Count >= 30, $"{set.Of(QuerySet.Compare).Count} /compare");
    }

    [Fact]
    public void Read_RepositoryQuerySet_HasSpeakerFiltersDateFiltersPhrasesAndOperators()
    {
        var quotes = Read(Path.Combine(SharedData.RepoRoot, "bench", "queries.txt")).Of(QuerySet.Quote);

        Assert.True(quotes.Count(q => q.Request.Get("speaker") is not null) >= 30);
        Assert.True(quotes.Count(q => q.Request.Get("from") is not null || q.Request.Get("to") is not null) >= 20);
        Assert.True(quotes.Count(q => q.Request.Get("query")!.Contains('"')) >= 20);
        Assert.Contains(quotes, q => q.Request.Get("query")!.Contains(" OR ", StringComparison.Ordinal));
        Assert.Contains(quotes, q => q.Request.Get("query")!.EndsWith('*'));
    }

    [Fact]
    public void Parse_BadLinesAndUntimedCommands_BecomeProblemsWithTheirLineNumbers()
    {
        var set = QuerySet.Parse(
            "test",
            ["# a comment", "", "/quote query:inflation", "quote without slash", "/help", "/quote query:inflation speaker:\"unclosed"],
            ReadLine);

        Assert.Equal(["inflation"], set.Queries.Select(q => q.Request.Get("query")));
        Assert.Equal(3, set.Queries[0].Line);
        Assert.Equal(3, set.Problems.Count);
        Assert.StartsWith("line 4: Commands start with /", set.Problems[0]);
        Assert.Equal("line 5: /help is not timed (only /quote, /speaker, /compare, /trend, /who and /verify are)", set.Problems[1]);
        Assert.StartsWith("line 6: ", set.Problems[2]);
    }
}
