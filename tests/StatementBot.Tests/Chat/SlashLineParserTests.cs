using StatementBot.Chat;
using StatementBot.Commands.Routing;

namespace StatementBot.Tests.Chat;

public sealed class SlashLineParserTests
{
    private readonly SlashLineParser _parser = new(CommandSet.Catalog);

    [Fact]
    public void Parse_QuotedQuery_KeepsItsQuotesAsInDiscord_WhileAQuotedNameLosesThem()
    {
        var parsed = _parser.Parse("/quote query:\"mission impossible\" speaker:\"Wu Qian\"");

        Assert.Null(parsed.Error);
        Assert.Equal("quote", parsed.Request!.Command);
        Assert.Equal("\"mission impossible\"", parsed.Request.Get("query"));
        Assert.Equal("Wu Qian", parsed.Request.Get("speaker"));
    }

    [Theory]
    [InlineData("/quote query:\"student loan\" OR \"student debt\" speaker:\"Jen Psaki\"", "query", "\"student loan\" OR \"student debt\"")]
    [InlineData("/quote query:\"student loan\" OR \"student debt\"", "query", "\"student loan\" OR \"student debt\"")]
    [InlineData("/quote query:debt -\"student loan\" sort:newest", "query", "debt -\"student loan\"")]
    [InlineData("/quote query:“joint efforts” speaker:Wu Qian", "query", "“joint efforts”")]
    [InlineData("/quote query:\"note speaker: tariffs\" sort:newest", "query", "\"note speaker: tariffs\"")]
    [InlineData("/quote \"mission impossible\" speaker:Wu Qian", "query", "\"mission impossible\"")]
    [InlineData("/quote speaker:\"Wu Qian\" \"joint efforts\" OR containing", "query", "\"joint efforts\" OR containing")]
    [InlineData("/speaker name:\"Tan Kefei\" about:\"face the reality\"", "about", "\"face the reality\"")]
    [InlineData("/compare a:\"Wu Qian\" b:Tan Kefei about:\"joint efforts\" OR militaries", "about", "\"joint efforts\" OR militaries")]
    [InlineData("/quote query:\"mission impossible", "query", "\"mission impossible")]
    public void Parse_QueryOption_TakesTheTextAsTyped(string line, string option, string expected)
    {
        var parsed = _parser.Parse(line);

        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Request!.Get(option));
    }

    [Theory]
    [InlineData("/speaker \"Tan Kefei\" about:peacekeeping", "name", "Tan Kefei")]
    [InlineData("/speaker 'Tan Kefei'", "name", "Tan Kefei")]
    [InlineData("/compare a:\"Wu Qian\" b:\"Tan Kefei\"", "b", "Tan Kefei")]
    [InlineData("/help quote", "command", "quote")]
    [InlineData("/help /quote", "command", "/quote")]
    [InlineData("/context 0142b1e26246-0005", "id", "0142b1e26246-0005")]
    public void Parse_NameOrWord_LosesItsQuotes_AndTextWithoutOptionNameFillsTheFirstOption(string line, string option, string expected)
    {
        var parsed = _parser.Parse(line);

        Assert.Null(parsed.Error);
        Assert.Equal(expected, parsed.Request!.Get(option));
    }

    [Fact]
    public void Parse_BareValues_RunUntilTheNextOptionName()
    {
        var parsed = _parser.Parse("/quote query:mission impossible speaker:Wu Qian sort:newest");

        Assert.Equal("mission impossible", parsed.Request!.Get("query"));
        Assert.Equal("Wu Qian", parsed.Request.Get("speaker"));
        Assert.Equal("newest", parsed.Request.Get("sort"));
    }

    [Fact]
    public void Parse_SingleQuotedValue_KeepsPhraseQuotesForTheQuerySyntax()
    {
        var parsed = _parser.Parse("/quote query:'\"mission impossible\" China'");

        Assert.Equal("\"mission impossible\" China", parsed.Request!.Get("query"));
    }

    [Fact]
    public void Parse_TextWithoutOptionName_FillsTheFirstRequiredOption()
    {
        var parsed = _parser.Parse("/speaker Karine Jean-Pierre about:inflation");

        Assert.Equal("Karine Jean-Pierre", parsed.Request!.Get("name"));
        Assert.Equal("inflation", parsed.Request.Get("about"));
    }

    [Fact]
    public void Parse_ColonInsideAValue_IsNotMistakenForAnOption()
    {
        var parsed = _parser.Parse("/speaker name:\"note: Tan\" about:militaries");

        Assert.Equal("note: Tan", parsed.Request!.Get("name"));
    }

    [Theory]
    [InlineData("quote tariffs", "Commands start with /")]
    [InlineData("/quot tariffs", "There is no /quot command")]
    [InlineData("/quote speaker:\"Wu Qian", "no closing \"")]
    [InlineData("/compare a:\"Wu Qian\" b:\"Tan Kefei\" militaries", "Not sure what \"militaries\" is for")]
    public void Parse_BadLine_SaysWhatIsWrong(string line, string expected)
    {
        var parsed = _parser.Parse(line);

        Assert.Null(parsed.Request);
        Assert.Contains(expected, parsed.Error);
    }
}
