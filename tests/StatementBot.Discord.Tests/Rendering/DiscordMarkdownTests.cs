using StatementBot.Discord.Rendering;

namespace StatementBot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("a *b* _c_ ~d~ `e` |f| \\g", "a \\*b\\* \\_c\\_ \\~d\\~ \\`e\\` \\|f\\| \\\\g")]
    [InlineData("# Heading\n> quote\n- item\n1. first", "\\# Heading\n\\> quote\n\\- item\n1\\. first")]
    [InlineData("mid-line - # > stay", "mid-line - # > stay")]
    [InlineData("[text](https://example.invalid) <@123>", "\\[text\\](https://example.invalid) \\<@123>")]
    [InlineData("It's 2021. Fine.", "It's 2021. Fine.")]
    public void Escape_FormattingCharacters_ShownLiterally(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Bold_OverlappingAndOutOfRangeSpans_Tolerated()
    {
        var bold = DiscordMarkdown.Bold("pragmatic exchanges", [(0, 9), (5, 4), (10, 100), (-5, 2)]);

        Assert.Equal("**pragmatic** **exchanges**", bold);
    }
}
