using ScottPlot;

namespace StatementBot.Commands.Charts;

/// <summary>
/// Colours for Discord's dark theme (the embed's own grey behind the chart, its light text), and line colours from the
/// Okabe–Ito palette, which stay apart for readers with colour-blindness and stand out on a dark ground.
/// </summary>
internal static class ChartTheme
{
    public static Color Figure { get; } = Color.FromHex("#2B2D31");

    public static Color Data { get; } = Color.FromHex("#1E1F22");

    public static Color Text { get; } = Color.FromHex("#DBDEE1");

    public static Color Grid { get; } = Color.FromHex("#3F4147");

    public static Color Outline { get; } = Color.FromHex("#4E5058");

    /// <summary>Sky blue, orange, bluish green, yellow, reddish purple; a sixth line and on repeat them.</summary>
    public static IReadOnlyList<Color> Lines { get; } =
        [Color.FromHex("#56B4E9"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#F0E442"), Color.FromHex("#CC79A7")];

    /// <summary>A sans-serif face the machine has, else ScottPlot's own default.</summary>
    public static string Font { get; } = PickFont();

    private static string PickFont()
    {
        foreach (var name in new[] { "DejaVu Sans", "Liberation Sans", "Arial", "Helvetica" })
        {
            using var typeface = SkiaSharp.SKFontManager.Default.MatchFamily(name);
            if (typeface is not null && string.Equals(typeface.FamilyName, name, StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }
        return Fonts.Default;
    }
}
