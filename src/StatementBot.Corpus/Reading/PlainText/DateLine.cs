using System.Globalization;
using System.Text.RegularExpressions;

namespace StatementBot.Corpus.Reading.PlainText;

/// <summary>Recognises a line that is nothing but a date ("Jan 28, 2021", "2020-09-24 20:01:22", "Saturday, April 20, 2019").</summary>
internal static partial class DateLine
{
    private static readonly string[] Formats =
    [
        "MMM d, yyyy", "MMMM d, yyyy", "MMM d yyyy", "MMMM d yyyy",
        "dddd, MMMM d, yyyy", "dddd, MMM d, yyyy", "ddd, MMM d, yyyy", "dddd MMMM d, yyyy",
        "d MMMM yyyy", "d MMM yyyy", "dddd, d MMMM yyyy", "dddd d MMMM yyyy",
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy/MM/dd", "yyyy/MM/dd HH:mm:ss",
    ];

    public static bool TryParse(string line, out DateOnly date)
    {
        date = default;
        var text = line.Trim();
        if (text.Length is < 8 or > 40 || !char.IsAsciiDigit(text[^1]) && !char.IsAsciiDigit(text[^2]))
        {
            return false;
        }

        // "Sept." is common in news copy; .NET's abbreviated month is "Sep".
        text = SeptPattern().Replace(text, "Sep");
        text = text.Replace(".", string.Empty, StringComparison.Ordinal);
        if (DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed);
            return true;
        }
        return false;
    }

    [GeneratedRegex(@"\bSept\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeptPattern();
}
