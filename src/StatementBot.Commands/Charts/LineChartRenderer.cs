using ScottPlot;
using SkiaSharp;

namespace StatementBot.Commands.Charts;

/// <summary>
/// Draws a <see cref="LineChart"/> as a PNG with ScottPlot: title, labelled axes, the point labels on x (at most
/// <see cref="MaxXLabels"/> of them), whole numbers on y from 0, a legend beside the plot, in <see cref="ChartTheme"/>.
/// Thread-safe: every call draws its own plot.
/// </summary>
public static class LineChartRenderer
{
    public const int Width = 1000;

    public const int Height = 500;

    public const int MaxXLabels = 8;

    /// <summary>Label steps that read well for months, weeks and years alike.</summary>
    private static readonly int[] Steps = [1, 2, 3, 4, 6, 12, 24, 36, 60, 120];

    public static byte[] Png(LineChart chart)
    {
        var plot = Draw(chart);
        var info = new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var surface = SKSurface.Create(info);
        plot.Render(surface);
        using var pixels = surface.PeekPixels();
        return PngEncoding.Encode(pixels);
    }

    private static Plot Draw(LineChart chart)
    {
        var plot = new Plot();
        plot.Font.Set(ChartTheme.Font);
        var xs = Enumerable.Range(0, chart.PointLabels.Count).Select(i => (double)i).ToArray();
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var series = chart.Series[s];
            var line = plot.Add.Scatter(xs, series.Values.Select(v => (double)v).ToArray());
            line.LegendText = series.Name;
            line.Color = ChartTheme.Lines[s % ChartTheme.Lines.Count];
            line.LineWidth = 2.5f;
            line.MarkerSize = xs.Length > 60 ? 0 : 5;
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        var step = Steps.FirstOrDefault(s => (chart.PointLabels.Count + s - 1) / s <= MaxXLabels, Steps[^1]);
        for (var i = 0; i < chart.PointLabels.Count; i += step)
        {
            ticks.AddMajor(i, chart.PointLabels[i]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        var top = chart.Series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max();
        plot.Axes.SetLimits(-0.5, Math.Max(0.5, xs.Length - 0.5), 0, Math.Max(1, top * 1.08));

        plot.Title(chart.Title, 18);
        plot.XLabel(chart.XLabel, 15);
        plot.YLabel(chart.YLabel, 15);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 14;
        plot.Axes.Left.TickLabelStyle.FontSize = 14;
        Style(plot);
        if (chart.Series.Count > 0)
        {
            plot.ShowLegend(Edge.Right);
        }
        return plot;
    }

    private static void Style(Plot plot)
    {
        plot.FigureBackground.Color = ChartTheme.Figure;
        plot.DataBackground.Color = ChartTheme.Data;
        plot.Axes.Color(ChartTheme.Text);
        plot.Grid.MajorLineColor = ChartTheme.Grid;
        plot.Legend.BackgroundColor = ChartTheme.Figure;
        plot.Legend.FontColor = ChartTheme.Text;
        plot.Legend.OutlineColor = ChartTheme.Outline;
        plot.Legend.FontSize = 15;
    }
}
