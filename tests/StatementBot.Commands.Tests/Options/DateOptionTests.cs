using StatementBot.Commands.Options;

namespace StatementBot.Commands.Tests.Options;

public sealed class DateOptionTests
{
    [Theory]
    [InlineData("2021-01-28", false, "2021-01-28")]
    [InlineData("2021-01-28", true, "2021-01-28")]
    [InlineData("2021-02", false, "2021-02-01")]
    [InlineData("2021-02", true, "2021-02-28")]
    [InlineData("2020", false, "2020-01-01")]
    [InlineData("2020", true, "2020-12-31")]
    [InlineData("9999-12", true, "9999-12-31")]
    [InlineData("9999", true, "9999-12-31")]
    [InlineData("0001-01", false, "0001-01-01")]
    public void TryParse_DayMonthOrYear_CoversTheWholePeriod(string text, bool isEnd, string expected)
    {
        Assert.True(DateOption.TryParse(text, isEnd, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("28/01/2021")]
    [InlineData("yesterday")]
    [InlineData("2021-13-01")]
    [InlineData("0000-00-00")]
    [InlineData("9999-99-99")]
    [InlineData("0000")]
    [InlineData("10000-01-01")]
    [InlineData("２０２１-01-01")]
    public void TryParse_NotADate_IsRefused(string text)
    {
        Assert.False(DateOption.TryParse(text, isEnd: false, out _));
    }

    [Fact]
    public void TryParse_Blank_MeansNoLimit()
    {
        Assert.True(DateOption.TryParse("  ", isEnd: false, out var date));
        Assert.Null(date);
    }
}
