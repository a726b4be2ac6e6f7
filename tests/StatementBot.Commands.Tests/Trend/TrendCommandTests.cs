using System.Text.Json;
using SkiaSharp;
using StatementBot.Commands.Charts;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Trend;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Trend;

/// <summary>/trend as every front end gets it: a chart a person can read, one line that says the same, and the series in JSON.</summary>
public sealed class TrendCommandTests(BriefingsIndexFixture corpus) : IClassFixture<BriefingsIndexFixture>
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [SharedFact]
    public void Trend_Chart_IsAPngDrawnOnADarkGroundWithEveryLineInItsColour()
    {
        var reply = corpus.Router.Handle(new CommandRequest("trend", ("query", "inflation"), ("speaker", "Jen Psaki, Karine Jean-Pierre")));

        var chart = Assert.Single(reply.Files);
        Assert.Equal("image/png", chart.ContentType);
        Assert.Equal("trend-inflation.png", chart.FileName);
        Assert.Equal(PngSignature, chart.Content[..8]);
        using var bitmap = SKBitmap.Decode(chart.Content);
        Assert.Equal((LineChartRenderer.Width, LineChartRenderer.Height), (bitmap.Width, bitmap.Height));
        Assert.True(Luminance(bitmap.GetPixel(2, 2)) < 60, "the ground is dark, as Discord's dark theme");
        for (var line = 0; line < 2; line++)
        {
            Assert.True(Pixels(bitmap, ChartTheme.Lines[line]) > 200, $"line {line + 1} and its legend are drawn");
        }

        Assert.True(Pixels(bitmap, ChartTheme.Lines[2]) < 20, "no third line");
        Assert.True(Pixels(bitmap, ChartTheme.Text, tolerance: 40) > 300, "title, axis labels, dates and legend are written in light text");
    }

    [SharedFact]
    public void Trend_Summary_SaysThePeakTheSeriesShow_AndIsTheChartsDescription()
    {
        var reply = corpus.Router.Handle(new CommandRequest("trend", ("query", "inflation")));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(reply.Data, JsonOptions));
        var data = json.RootElement;
        var totals = data.GetProperty("totals").EnumerateArray().Select(t => t.GetInt32()).ToArray();
        var periods = data.GetProperty("periods").EnumerateArray().Select(p => p.GetString()!).ToArray();
        var peak = Array.IndexOf(totals, totals.Max());

        var weekly = data.GetProperty("interval").GetString() == "week";

        Assert.Equal(periods.Length, totals.Length);
        Assert.True(totals.Count(t => t > 0) >= 2, "inflation is spoken of in March and in June");
        Assert.Equal(periods[peak], data.GetProperty("peak").GetProperty("period").GetString());
        Assert.Contains($"peaked in {(weekly ? "the week of " : "")}{periods[peak]} with {totals[peak]:N0} statements.", reply.Summary, StringComparison.Ordinal);
        Assert.Contains(reply.Summary!, Assert.Single(reply.Files).Description, StringComparison.Ordinal);
        foreach (var series in data.GetProperty("series").EnumerateArray())
        {
            var counts = series.GetProperty("counts").EnumerateArray().Select(c => c.GetInt32()).ToArray();
            Assert.Equal(periods.Length, counts.Length);
            Assert.Equal(series.GetProperty("total").GetInt32(), counts.Sum());
            Assert.All(counts.Zip(totals), pair => Assert.True(pair.First <= pair.Second));
        }

        Assert.Equal(reply.Facts.Count, data.GetProperty("series").GetArrayLength());
    }

    [SharedFact]
    public void Trend_SpeakersInOneOptionOrSeveral_AreTheSameTrend()
    {
        var listed = corpus.Router.Handle(new CommandRequest("trend", ("query", "inflation"), ("speaker", "Jen Psaki; Karine Jean-Pierre")));
        var separate = corpus.Router.Handle(new CommandRequest("trend", ("query", "inflation"), ("speaker", "Jen Psaki"), ("speaker2", "Karine Jean-Pierre")));

        Assert.False(listed.IsError, listed.Title);
        Assert.Equal(JsonSerializer.Serialize(separate.Data), JsonSerializer.Serialize(listed.Data));
        Assert.Equal(["Jen Psaki", "Karine Jean-Pierre"], listed.Facts.Select(f => f.Name));
        Assert.Equal(separate.Files[0].Content, listed.Files[0].Content);
    }

    [SharedFact]
    public void Trend_NothingMatches_NoChartAndASentenceSayingSo()
    {
        var reply = corpus.Router.Handle(new CommandRequest("trend", ("query", "zeppelin")));

        Assert.False(reply.IsError);
        Assert.Empty(reply.Files);
        Assert.StartsWith("No statement matches “zeppelin”", reply.Summary, StringComparison.Ordinal);
    }

    [SharedTheory]
    [InlineData("from", "June", "from must be a date like 2021-01-28, a month like 2021-01, or a year like 2021, not \"June\".")]
    [InlineData("speaker", "Jen Psakki", "No speaker called \"Jen Psakki\" in the index. Did you mean Jen Psaki?")]
    [InlineData("in", "everywhere", "in must be one of: said, asked, both.")]
    public void Trend_Mistake_IsAShortMessage(string option, string value, string message)
    {
        var reply = corpus.Router.Handle(new CommandRequest("trend", ("query", "inflation"), (option, value)));

        Assert.True(reply.IsError);
        Assert.Equal(message, reply.Title);
        Assert.Empty(reply.Files);
    }

    [Theory]
    [InlineData("inflation", "trend-inflation.png")]
    [InlineData("\"student loan\" OR debt", "trend-student-loan-or-debt.png")]
    [InlineData("immigr*", "trend-immigr.png")]
    [InlineData("台湾", "trend.png")]
    public void FileName_IsTheQuerysLettersAndDigits(string query, string expected) =>
        Assert.Equal(expected, TrendChartFile.FileName(query));

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private static double Luminance(SKColor c) => (0.2126 * c.Red) + (0.7152 * c.Green) + (0.0722 * c.Blue);

    private static int Pixels(SKBitmap bitmap, ScottPlot.Color colour, int tolerance = 24)
    {
        var count = 0;
        foreach (var pixel in bitmap.Pixels)
        {
            if (Math.Abs(pixel.Red - colour.R) + Math.Abs(pixel.Green - colour.G) + Math.Abs(pixel.Blue - colour.B) <= tolerance)
            {
                count++;
            }
        }
        return count;
    }
}
