using System.Text.Json;
using System.Text.RegularExpressions;

namespace StatementBot.Tests.Cli;

/// <summary>What a newcomer does first on the default corpus: help, a search, the next page, one whole statement.</summary>
public sealed partial class FirstMinutesTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    [Fact]
    public void Help_CommandNameAsArgument_SameAsTheFlag()
    {
        var typed = CliRun.Of(seeds.Args("help", "quote"));
        var flag = CliRun.Of(seeds.Args("help", "--command", "quote"));

        Assert.Equal(0, typed.ExitCode);
        Assert.Equal(flag.Output, typed.Output);
        Assert.Contains("/quote: Find what was said about something.", typed.Output);
        Assert.DoesNotContain("/speaker:", typed.Output);
        Assert.Contains("Query syntax (in query:)", typed.Output);
        Assert.DoesNotContain("Query syntax", CliRun.Of(seeds.Args("help", "context")).Output);
    }

    [Theory]
    [InlineData("speaker")]
    [InlineData("compare")]
    [InlineData("context")]
    [InlineData("/help")]
    public void Help_EveryCommand_ExplainsThatOne(string command)
    {
        var run = CliRun.Of(seeds.Args("help", command));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"/{command.TrimStart('/')}: ", run.Output);
        Assert.Contains("Example: /" + command.TrimStart('/'), run.Output);
    }

    [Fact]
    public void Help_UnknownCommand_OneLineListingTheCommands()
    {
        var run = CliRun.Of(seeds.Args("help", "nosuch"));

        Assert.Equal(1, run.ExitCode);
        var commands = string.Join(", ", StatementBot.Commands.Routing.CommandSet.Catalog.Public.Select(c => "/" + c.Name));
        Assert.StartsWith("Error: There is no /nosuch command. Try /quote, /speaker, ", run.Output, StringComparison.Ordinal);
        Assert.Equal($"Error: There is no /nosuch command. Try {commands}.", run.Output.Trim());
    }

    [Fact]
    public void Quote_SecondPage_NumbersOnFromTheFirstAndSaysTheOrder()
    {
        var first = CliRun.Of(seeds.Args("quote", "china"));
        var second = CliRun.Of(seeds.Args("quote", "china", "--page", "2"));

        // A page covers 5 matching statements; follow-ups folded into a hit of their exchange are not numbered.
        var shown = Numbers(first.Output);
        var next = Numbers(second.Output);
        Assert.Equal(Enumerable.Range(1, shown.Length), shown);
        Assert.Equal(Enumerable.Range(6, next.Length), next);
        var total = int.Parse(Regex.Match(first.Output, @"(\d+) statements match").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(total, shown.Length + next.Length + Folded(first.Output) + Folded(second.Output));
        Assert.Contains("· page 2 of 2 · sorted by relevance.", second.Output);
        Assert.Contains("(previous: --page 1)", second.Output);
    }

    [Theory]
    [InlineData("relevance", "sorted by relevance")]
    [InlineData("newest", "newest first")]
    [InlineData("oldest", "oldest first")]
    public void Quote_Header_SaysTheSortOrder(string sort, string words)
    {
        var run = CliRun.Of(seeds.Args("quote", "china", "--sort", sort));

        Assert.Matches($@"^\*\*Quotes for “china”\*\*\n\d+ statements match in what the speaker said · page 1 of \d+ · {words}\.", run.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Speaker_Header_SaysTheSortOrder()
    {
        Assert.Contains("· page 1 of 2 · newest first", CliRun.Of(seeds.Args("speaker", "Tan Kefei")).Output);
        Assert.Matches(@"On “china”, in what the speaker said: \d+ statements( · page 1 of \d+)? · sorted by relevance", CliRun.Of(seeds.Args("speaker", "Tan Kefei", "--about", "china")).Output);
    }

    [Fact]
    public void Quote_EveryHit_ShowsTheIdThatContextTakes_AndContextShowsTheWholeStatement()
    {
        var json = JsonDocument.Parse(CliRun.Of(seeds.Args("quote", "militaries", "--json")).Output).RootElement.GetProperty("hits");
        var text = CliRun.Of(seeds.Args("quote", "militaries")).Output;

        Assert.True(json.GetArrayLength() >= 2);
        foreach (var hit in json.EnumerateArray())
        {
            var id = hit.GetProperty("id").GetString()!;
            Assert.Matches($@"   (whole statement: statementbot context|id:) {Regex.Escape(id)}\n", text.ReplaceLineEndings("\n"));
            var context = CliRun.Of(seeds.Args("context", id, "--json"));
            Assert.Equal(0, context.ExitCode);
            Assert.Equal(hit.GetProperty("text").GetString(), JsonDocument.Parse(context.Output).RootElement.GetProperty("hit").GetProperty("snippet").GetString());
        }
    }

    [Fact]
    public void Context_IdPastedWithItsLabel_StillFindsTheStatement()
    {
        var id = JsonDocument.Parse(CliRun.Of(seeds.Args("quote", "militaries", "--json")).Output).RootElement.GetProperty("hits")[0].GetProperty("id").GetString()!;

        var run = CliRun.Of(seeds.Args("context", "id: " + id));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("— full statement", run.Output);
    }

    [Fact]
    public void Chat_Hints_AreWhatToTypeInChat()
    {
        var run = CliRun.WithInput("/quote china\n/quote militaries\n", seeds.Args("chat"));

        Assert.Contains("(next: add page:2)", run.Output);
        Assert.Matches(@"   whole statement: /context id:[0-9a-f]{12}-\d{4}\n", run.Output.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("--page", run.Output);
        Assert.DoesNotContain("statementbot context", run.Output);
    }

    private static int Folded(string output) =>
        Regex.Match(output, @"(\d+) more from the same exchanges? (is|are) folded") is { Success: true } m
            ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private static int[] Numbers(string output) =>
        HitLine().Matches(output).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [GeneratedRegex(@"^(\d+)\. \*\*", RegexOptions.Multiline)]
    private static partial Regex HitLine();
}
