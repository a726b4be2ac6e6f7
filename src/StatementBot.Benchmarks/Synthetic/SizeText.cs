using System.Globalization;

namespace StatementBot.Benchmarks.Synthetic;

/// <summary>Statement counts as people write them: <c>10k</c>, <c>100k</c>, <c>1M</c>, or plain digits.</summary>
public static class SizeText
{
    /// <summary>Reads a comma-separated list; returns the sizes or the first part that is not a size.</summary>
    public static (IReadOnlyList<int> Sizes, string? Error) ParseList(string? text)
    {
        var sizes = new List<int>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Parse(part) is not { } size)
            {
                return ([], $"\"{part}\" is not a statement count (write 10k, 100k, 1M or digits, up to 10M)");
            }

            sizes.Add(size);
        }

        return (sizes, null);
    }

    public static int? Parse(string text)
    {
        var value = text.Trim().Replace("_", "", StringComparison.Ordinal);
        var multiplier = 1;
        if (value.EndsWith('k') || value.EndsWith('K'))
        {
            multiplier = 1_000;
            value = value[..^1];
        }
        else if (value.EndsWith('m') || value.EndsWith('M'))
        {
            multiplier = 1_000_000;
            value = value[..^1];
        }

        return double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number * multiplier is var size and >= 1 and <= 10_000_000
                ? (int)Math.Round(size)
                : null;
    }

    public static string Format(int size) => size switch
    {
        >= 1_000_000 when size % 1_000_000 == 0 => $"{size / 1_000_000}M",
        >= 1_000 when size % 1_000 == 0 => $"{size / 1_000}k",
        _ => size.ToString("N0", CultureInfo.InvariantCulture),
    };
}
