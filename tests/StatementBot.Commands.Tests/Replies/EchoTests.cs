using StatementBot.Search.Querying;

namespace StatementBot.Commands.Tests.Replies;

public sealed class EchoTests
{
    [Fact]
    public void Of_SixThousandCharacters_ComesBackAsAShortLine()
    {
        var echoed = Echo.Of(string.Concat(Enumerable.Repeat("filibuster ", 600)));

        Assert.True(echoed.Length <= Echo.MaxLength, echoed);
        Assert.EndsWith("…", echoed);
        Assert.StartsWith("filibuster filibuster", echoed);
    }

    [Fact]
    public void Of_ControlCharactersAndBrokenSurrogates_AreDropped_WholeEmojiKept()
    {
        var echoed = Echo.Of("tariffs\u0000\u0007 \ud800and\udc00 trade\r\nwar 🇺🇳 \u05e9\u05dc\u05d5\u05dd");

        Assert.Equal("tariffs and trade war 🇺🇳 \u05e9\u05dc\u05d5\u05dd", echoed);
    }

    [Fact]
    public void Of_CutNeverSplitsASurrogatePair()
    {
        var echoed = Echo.Of(new string('a', 98) + "😀😀😀", max: 100);

        Assert.Equal(new string('a', 98) + "…", echoed);
        Assert.DoesNotContain(echoed, char.IsSurrogate);
    }
}
