using System.Text.Json;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Cli;

public sealed class TerminalCommandsTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>
{
    [Fact]
    public void Quote_MissionImpossible_PrintsWuQiansExcerptWithRoleDateAndSource()
    {
        var run = CliRun.Of(seeds.Args("quote", "mission", "impossible"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 statement matches", run.Output);
        Assert.Contains("1. **Wu Qian** · spokesperson of PRC Ministry of Defense · 2021-01-28 · direct quote", run.Output);
        Assert.Contains("contain China, **Mission Impossible**!", run.Output);
        Assert.Contains("Source: Chinese Ministry Of Defense Spokesman Wu Qian: Containing China", run.Output);
    }

    [Fact]
    public void Watch_InATerminal_IsASubcommandVerbThatSaysItWorksInServerChannels()
    {
        var run = CliRun.Of(seeds.Args("watch", "add", "mission", "impossible", "--kind", "direct"));
        var help = CliRun.Of(seeds.Args("watch", "--help"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/watch works in server channels only", run.Output + run.Status);
        Assert.Contains("add", help.Output);
        Assert.Contains("remove", help.Output);
    }

    [Fact]
    public void Quote_SecondRun_ReusesTheIndexWithoutRebuilding()
    {
        CliRun.Of(seeds.Args("index"));

        var run = CliRun.Of(seeds.Args("quote", "unilateralism"));

        Assert.DoesNotContain("Building the index", run.Status);
        Assert.Contains("**Tan Kefei**", run.Output);
    }

    [Fact]
    public void Quote_Json_HasTheStableHitShape()
    {
        var run = CliRun.Of(seeds.Args("quote", "\"face the reality\"", "--json"));

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["query", "total", "page", "hits", "in", "speaker", "also_matching", "did_you_mean", "folded", "folded_into", "filters"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("said", root.GetProperty("in").GetString());
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(
            ["id", "speaker", "role", "kind", "text", "snippet", "question", "title", "date", "source", "url", "path", "score", "by_organisation"],
            hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Tan Kefei", hit.GetProperty("speaker").GetString());
        Assert.Equal("direct", hit.GetProperty("kind").GetString());
        Assert.Equal("2020-09-24", hit.GetProperty("date").GetString());
        Assert.Equal("China Military Online", hit.GetProperty("source").GetString());
        Assert.Contains("will **face the reality**", hit.GetProperty("snippet").GetString());
    }

    [Fact]
    public void Quote_KindAndSourceFilters_NarrowTheHits_AndTheReplySaysHow()
    {
        var all = CliRun.Of(seeds.Args("quote", "militaries", "--json"));
        var direct = CliRun.Of(seeds.Args("quote", "militaries", "--kind", "quote", "--source", "china military online", "--json"));
        var text = CliRun.Of(seeds.Args("quote", "militaries", "--kind", "quote", "--source", "china military online"));

        using var allJson = JsonDocument.Parse(all.Output);
        using var json = JsonDocument.Parse(direct.Output);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToArray();
        Assert.NotEmpty(hits);
        Assert.True(hits.Length < allJson.RootElement.GetProperty("total").GetInt32()); // the transcript's answers are left out
        Assert.All(hits, h => Assert.Equal("direct", h.GetProperty("kind").GetString()));
        Assert.All(hits, h => Assert.Equal("China Military Online", h.GetProperty("source").GetString()));
        var filters = json.RootElement.GetProperty("filters");
        Assert.Equal("quote", filters.GetProperty("kind").GetString());
        Assert.Equal("China Military Online", filters.GetProperty("sources")[0].GetString());
        Assert.Contains("· only direct quotes, from China Military Online", text.Output);
    }

    [Fact]
    public void Quote_ExportCsv_ToStandardOutput_EveryMatchingStatement_SummaryOnStandardError()
    {
        var shown = CliRun.Of(seeds.Args("quote", "militaries", "--json"));
        var run = CliRun.Of(seeds.Args("quote", "militaries", "--export", "csv"));

        using var json = JsonDocument.Parse(shown.Output);
        var total = json.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,speaker,role,kind,date,text,question,title,source,url,by_organisation", lines[0]);
        Assert.Equal(total + 1, lines.Length);
        Assert.Contains($"All {total} statements matching “militaries”, as CSV", run.Status);
    }

    [Fact]
    public void Quote_ExportJsonToFile_WritesItAndSaysWhere()
    {
        var path = Path.Combine(Path.GetTempPath(), "sb-export-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var run = CliRun.Of(seeds.Args("quote", "militaries", "--export", "json", "--out", path));

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(File.ReadAllBytes(path));
            Assert.All(json.RootElement.EnumerateArray(), s => Assert.Contains("militar", s.GetProperty("text").GetString(), StringComparison.OrdinalIgnoreCase));
            Assert.Contains(path, run.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Export_UnknownFormat_OneLine()
    {
        var run = CliRun.Of(seeds.Args("quote", "militaries", "--export", "xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Error: --export must be csv or json, not \"xlsx\".", run.Status.Trim());
    }

    [Fact]
    public void Quote_UnknownRole_OneLineOfferingTheRolesThereAre()
    {
        var run = CliRun.Of(seeds.Args("quote", "militaries", "--role", "Chief Astronomer"));

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("No role called \"Chief Astronomer\" in the index.", run.Output + run.Status);
        Assert.DoesNotContain("   at ", run.Output + run.Status);
    }

    [Fact]
    public void Speaker_ByPartialName_ShowsWhoTheyAreAndTheirStatements()
    {
        var run = CliRun.Of(seeds.Args("speaker", "tan", "--json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var speaker = json.RootElement.GetProperty("speaker");
        Assert.Equal("Tan Kefei", speaker.GetProperty("name").GetString());
        Assert.Equal("2020-09-24", speaker.GetProperty("first").GetString());
        Assert.Equal(1, speaker.GetProperty("documents").GetInt32());
        Assert.All(json.RootElement.GetProperty("hits").EnumerateArray(), h => Assert.Equal("Tan Kefei", h.GetProperty("speaker").GetString()));
    }

    [Fact]
    public void Compare_TwoSpeakers_GivesBothSides()
    {
        var run = CliRun.Of(seeds.Args("compare", "Wu Qian", "Tan Kefei", "--about", "militaries", "--json"));

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("Wu Qian", json.RootElement.GetProperty("a").GetProperty("speaker").GetString());
        Assert.Equal("Tan Kefei", json.RootElement.GetProperty("b").GetProperty("speaker").GetString());
        Assert.True(json.RootElement.GetProperty("a").GetProperty("total").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("b").GetProperty("total").GetInt32() > 0);
    }

    [Fact]
    public void Quote_UnknownSpeaker_IsAShortErrorWithSuggestionAndExitCode1()
    {
        var run = CliRun.Of(seeds.Args("quote", "China", "--speaker", "Wu Qiann"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Error: No speaker called \"Wu Qiann\"", run.Output);
        Assert.Contains("Wu Qian", run.Output);
        Assert.DoesNotContain("Exception", run.Output + run.Status);
    }

    [Fact]
    public void Batch_Json_AnswersEachLineWithOneJsonObject()
    {
        var input = "/quote query:\"mission impossible\" speaker:\"Wu Qian\"\n\n/speaker name:Esper\n/quote query:\"unclosed\n";

        var run = CliRun.WithInput(input, seeds.Args("batch", "--json"));

        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(1, JsonDocument.Parse(lines[0]).RootElement.GetProperty("total").GetInt32());
        Assert.Equal("Mark Esper", JsonDocument.Parse(lines[1]).RootElement.GetProperty("speaker").GetProperty("name").GetString());
        Assert.Equal("A quote mark is not closed: \"unclosed. Put the exact words between two quotes: \"gas prices\".", JsonDocument.Parse(lines[2]).RootElement.GetProperty("error").GetString());
        Assert.Equal(1, run.ExitCode);
    }

    [Fact]
    public void Chat_TypedSlashCommand_AnswersLikeDiscord()
    {
        var run = CliRun.WithInput("/quote query:\"mission impossible\" speaker:\"Wu Qian\"\n/exit\n", seeds.Args("chat"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Quotes for “\"mission impossible\"” by Wu Qian", run.Output);
        Assert.Contains("contain China, **Mission Impossible**!", run.Output);
    }

    [Fact]
    public void AnyVerb_MissingCorpusFolder_StopsWithOneClearLine()
    {
        var run = CliRun.Of("quote", "china", "--corpus", "/nonexistent/corpus", "--index", seeds.IndexDirectory);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("Error: Corpus folder not found: /nonexistent/corpus.", run.Status.Trim());
    }

    [Fact]
    public void Extract_Json_ListsDocumentsWithAttributedStatements()
    {
        var run = CliRun.Of("extract", seeds.Corpus, "--json");

        using var json = JsonDocument.Parse(run.Output);
        var documents = json.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, documents.Length);
        Assert.Equal(["path", "title", "date", "source", "url", "statements"], documents[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("2021-01-28", documents[0].GetProperty("date").GetString());
        var statement = documents[1].GetProperty("statements")[0];
        Assert.Equal(["speaker", "role", "kind", "text", "question", "by_organisation"], statement.EnumerateObject().Select(p => p.Name));
        Assert.False(statement.GetProperty("by_organisation").GetBoolean()); // the seed's spokesperson is a person
        Assert.DoesNotContain(documents.SelectMany(d => d.GetProperty("statements").EnumerateArray()), s => s.GetProperty("speaker").GetString() == "Li Jiayao");
    }
}
