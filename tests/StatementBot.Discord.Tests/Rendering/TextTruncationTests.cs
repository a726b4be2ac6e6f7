using StatementBot.Discord.Rendering;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Rendering;

public sealed class TextTruncationTests
{
    [Fact]
    public void Truncate_TanQuote_CutsAtTheLastWholeWordWithEllipsis()
    {
        // "We hope that the US will face the reality, treat and handle ..."
        var cut = TextTruncation.Truncate(TestCorpus.TanQuote.Text, 44);

        Assert.Equal("We hope that the US will face the reality…", cut);
        Assert.True(cut.Length <= 44);
    }

    [Fact]
    public void Truncate_ShortText_ReturnedTrimmedAndWhole() =>
        Assert.Equal("To contain China, Mission Impossible!", TextTruncation.Truncate("  To contain China, Mission Impossible!\n", 100));

    [Fact]
    public void Truncate_OneLongWord_CutMidWord() =>
        Assert.Equal("abcdefghi…", TextTruncation.Truncate("abcdefghijklmnopqrstuvwxyz", 10));

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var text = new string('a', 8) + "😀😀😀";

        var cut = TextTruncation.Truncate(text, 10);

        Assert.Equal("aaaaaaaa…", cut);
    }

    [Theory]
    [InlineData(0, "")]
    [InlineData(1, "…")]
    public void Truncate_NoRoomForAWord_OnlyTheEllipsisIfEvenThat(int max, string expected) => Assert.Equal(expected, TextTruncation.Truncate("Facts have proven", max));
}
