using System.Globalization;

namespace StatementBot.Search.Trends;

/// <summary>
/// The periods a trend is counted in: the interval a span calls for (weeks up to half a year, months up to ten years,
/// years beyond), where each period starts, how it is written, and which period a date falls in.
/// </summary>
public static class TrendCalendar
{
    /// <summary>Spans up to this many days are counted per week (at most 27 points).</summary>
    public const int MaxDaysByWeek = 183;

    /// <summary>Spans up to this many months are counted per month (at most 120 points); longer ones per year.</summary>
    public const int MaxMonthsByMonth = 120;

    public static TrendInterval Choose(DateOnly first, DateOnly last)
    {
        if (last.DayNumber - first.DayNumber + 1 <= MaxDaysByWeek)
        {
            return TrendInterval.Week;
        }

        return MonthNumber(last) - MonthNumber(first) + 1 <= MaxMonthsByMonth ? TrendInterval.Month : TrendInterval.Year;
    }

    /// <summary>The first day of the period <paramref name="date"/> falls in (a Monday for weeks).</summary>
    public static DateOnly Start(DateOnly date, TrendInterval interval) => interval switch
    {
        TrendInterval.Week => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
        TrendInterval.Month => new DateOnly(date.Year, date.Month, 1),
        _ => new DateOnly(date.Year, 1, 1),
    };

    public static DateOnly Next(DateOnly start, TrendInterval interval) => interval switch
    {
        TrendInterval.Week => start.AddDays(7),
        TrendInterval.Month => start.AddMonths(1),
        _ => start.AddYears(1),
    };

    /// <summary>The periods from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>, in order.</summary>
    public static IReadOnlyList<DateOnly> Periods(DateOnly first, DateOnly last, TrendInterval interval)
    {
        var periods = new List<DateOnly>();
        for (var start = Start(first, interval); start <= last; start = Next(start, interval))
        {
            periods.Add(start);
        }
        return periods;
    }

    /// <summary>Which of the periods starting at <paramref name="first"/> holds <paramref name="date"/> (0-based).</summary>
    public static int Index(DateOnly first, DateOnly date, TrendInterval interval) => interval switch
    {
        TrendInterval.Week => (Start(date, interval).DayNumber - Start(first, interval).DayNumber) / 7,
        TrendInterval.Month => MonthNumber(date) - MonthNumber(first),
        _ => date.Year - first.Year,
    };

    /// <summary>"2022-06-06" (the week's Monday), "2022-06" or "2022".</summary>
    public static string Label(DateOnly start, TrendInterval interval) => interval switch
    {
        TrendInterval.Week => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TrendInterval.Month => start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => start.Year.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"week", "month" or "year".</summary>
    public static string Name(TrendInterval interval) => interval.ToString().ToLowerInvariant();

    private static int MonthNumber(DateOnly date) => (date.Year * 12) + date.Month - 1;
}
