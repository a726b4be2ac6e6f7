using StatementBot.Search.Trends;

namespace StatementBot.Search.Tests.Trends;

/// <summary>The periods a trend counts in: chosen by the span, gapless, and every day in exactly the period that holds it.</summary>
public sealed class TrendCalendarTests
{
    [Theory]
    [InlineData("2022-06-01", "2022-06-30", TrendInterval.Week)]
    [InlineData("2022-01-01", "2022-07-02", TrendInterval.Week)]
    [InlineData("2022-01-01", "2022-07-03", TrendInterval.Month)]
    [InlineData("2018-05-01", "2025-01-31", TrendInterval.Month)]
    [InlineData("2011-01-01", "2020-12-31", TrendInterval.Month)]
    [InlineData("2010-12-31", "2020-12-31", TrendInterval.Year)]
    public void Choose_BySpan_WeeksUpToHalfAYearMonthsUpToTenYears(string first, string last, TrendInterval expected) =>
        Assert.Equal(expected, TrendCalendar.Choose(DateOnly.Parse(first), DateOnly.Parse(last)));

    [Theory]
    [InlineData(TrendInterval.Week)]
    [InlineData(TrendInterval.Month)]
    [InlineData(TrendInterval.Year)]
    public void Index_EveryDayOfTheSpan_FallsInThePeriodThatHoldsIt(TrendInterval interval)
    {
        var first = new DateOnly(2019, 12, 29);
        var last = new DateOnly(2021, 3, 2);
        var periods = TrendCalendar.Periods(first, last, interval);

        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var index = TrendCalendar.Index(first, day, interval);
            Assert.InRange(index, 0, periods.Count - 1);
            Assert.True(periods[index] <= day && day < TrendCalendar.Next(periods[index], interval), $"{day} is not in period {index} ({periods[index]})");
        }

        Assert.All(periods.Skip(1).Zip(periods), pair => Assert.Equal(TrendCalendar.Next(pair.Second, interval), pair.First));
    }

    [Fact]
    public void Periods_ByWeek_StartOnMondays_AndAreLabelledWithTheMonday()
    {
        var periods = TrendCalendar.Periods(new DateOnly(2022, 6, 1), new DateOnly(2022, 6, 30), TrendInterval.Week);

        Assert.Equal(new DateOnly(2022, 5, 30), periods[0]);
        Assert.All(periods, p => Assert.Equal(DayOfWeek.Monday, p.DayOfWeek));
        Assert.Equal(["2022-05-30", "2022-06-06", "2022-06-13", "2022-06-20", "2022-06-27"], periods.Select(p => TrendCalendar.Label(p, TrendInterval.Week)));
    }

    [Fact]
    public void Label_MonthAndYear_AreWrittenAsTheyAreTyped() =>
        Assert.Equal(
            ["2022-06", "2022"],
            [TrendCalendar.Label(new DateOnly(2022, 6, 1), TrendInterval.Month), TrendCalendar.Label(new DateOnly(2022, 1, 1), TrendInterval.Year)]);
}
