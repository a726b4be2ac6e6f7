using System.Globalization;

namespace StatementBot.Commands.Options;

/// <summary>
/// Reads the from/to options. A full date (2021-01-28) is exact; a month (2021-01) or a year (2021) covers the whole
/// period, so "from 2021 to 2021" means all of 2021.
/// </summary>
public static class DateOption
{
    public const string Help = "a date like 2021-01-28, a month like 2021-01, or a year like 2021";

    public static bool TryParse(string? text, bool isEnd, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var value = text.Trim();
        var culture = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            date = day;
            return true;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            // The month's last day counted, not reached by "next month minus a day", which 9999-12 has no room for.
            date = isEnd ? new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month)) : month;
            return true;
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, culture, out var year) && year is >= 1 and <= 9999)
        {
            date = isEnd ? new DateOnly(year, 12, 31) : new DateOnly(year, 1, 1);
            return true;
        }

        return false;
    }
}

/// <summary>The <c>from</c> and <c>to</c> options of a request read together, or the message for the one that cannot be read.</summary>
public static class DateRange
{
    public const string From = "from";
    public const string To = "to";

    public static (DateOnly? From, DateOnly? To, string? Problem) Read(Routing.CommandRequest request)
    {
        if (!DateOption.TryParse(request.Get(From), isEnd: false, out var from))
        {
            return (null, null, $"{From} must be {DateOption.Help}, not \"{Search.Querying.Echo.Of(request.Get(From))}\".");
        }

        if (!DateOption.TryParse(request.Get(To), isEnd: true, out var to))
        {
            return (null, null, $"{To} must be {DateOption.Help}, not \"{Search.Querying.Echo.Of(request.Get(To))}\".");
        }

        return (from, to, null);
    }
}
