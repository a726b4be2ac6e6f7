using StatementBot.Chat;
using StatementBot.Commands.Routing;

namespace StatementBot.Tests.Chat;

public sealed class SlashLineParserTests
{
    private readonly SlashLineParser _parser = new(CommandSet.Catalog);

    [Fact]
    public void Parse_QuotedOptions_TakesValuesWithoutQuotes()
    {
        var parsed = _parser.Parse("/quote query:\"mission impossible\" speaker:\"Wu Qian\"");

        Assert.Null(parsed.Error);
        Assert.Equal("quote", parsed.Request!.Command);
        Assert.Equal("mission impossible", parsed.Request.Get("query"));
        Assert.Equal("Wu Qian", parsed.Request.Get("speaker"));
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
        var parsed = _parser.Parse("/quote query:\"note: tariffs\"");

        Assert.Equal("note: tariffs", parsed.Request!.Get("query"));
    }

    [Theory]
    [InlineData("quote tariffs", "Commands start with /")]
    [InlineData("/quot tariffs", "There is no /quot command")]
    [InlineData("/quote query:\"tariffs", "no closing \"")]
    public void Parse_BadLine_SaysWhatIsWrong(string line, string expected)
    {
        var parsed = _parser.Parse(line);

        Assert.Null(parsed.Request);
        Assert.Contains(expected, parsed.Error);
    }
}
