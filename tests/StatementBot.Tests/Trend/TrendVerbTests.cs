using System.Text.Json;
using StatementBot.Tests.Cli;

namespace StatementBot.Tests.Trend;

/// <summary>The trend and who verbs in a terminal on the default corpus: --out saves the chart, --json gives the series.</summary>
public sealed class TrendVerbTests(SeedCorpusFixture seeds) : IClassFixture<SeedCorpusFixture>, IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("statementbot-out-");

    [Fact]
    public void Trend_Out_WritesThePngAndSaysWhere()
    {
        var path = Path.Combine(_out.FullName, "chart.png");

        var run = CliRun.Of(seeds.Args("trend", "China", "--speaker", "Wu Qian, Tan Kefei", "--out", path));

        Assert.True(run.ExitCode == 0, run.Status + run.Output);
        Assert.Equal(PngSignature, File.ReadAllBytes(path)[..8]);
        Assert.Contains($"Chart written to {path} (", run.Output, StringComparison.Ordinal);
        Assert.Contains("Wu Qian: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Tan Kefei: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("peaked in", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Trend_Json_PrintsTheSeries_AndTheFileWrittenGoesToStatus()
    {
        var path = Path.Combine(_out.FullName, "series.png");

        var run = CliRun.Of(seeds.Args("trend", "China", "--json", "--out", path));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var periods = json.RootElement.GetProperty("periods").GetArrayLength();
        Assert.True(periods > 0);
        Assert.All(json.RootElement.GetProperty("series").EnumerateArray(), s => Assert.Equal(periods, s.GetProperty("counts").GetArrayLength()));
        Assert.Equal("trend-china.png", json.RootElement.GetProperty("chart").GetString());
        Assert.Contains($"Wrote {path} (", run.Status, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Trend_WithoutOut_NamesTheChartAndHowToSaveIt()
    {
        var run = CliRun.Of(seeds.Args("trend", "China"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Chart: trend-china\.png \(\d+ kB\) — add --out FILE to save it\.", run.Output);
    }

    [Fact]
    public void Out_OnAnAnswerWithoutAFile_SaysNothingWasWritten_ExitCode1()
    {
        var path = Path.Combine(_out.FullName, "none.png");

        var run = CliRun.Of(seeds.Args("quote", "China", "--out", path));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"Error: Nothing was written to {path}: this answer carries no file", run.Status, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Out_IntoAFolderThatDoesNotExist_IsOneLine_ExitCode2()
    {
        var path = Path.Combine(_out.FullName, "missing", "chart.png");

        var run = CliRun.Of(seeds.Args("trend", "China", "--out", path));

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"Error: Could not write {path}:", run.Status.Split('\n').Last(l => l.Length > 0), StringComparison.Ordinal);
    }

    [Fact]
    public void Who_RanksTheSeedSpeakers()
    {
        var run = CliRun.Of(seeds.Args("who", "China"));

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"(?m)^1\. (Wu Qian|Tan Kefei) — \d+ statements?: [\d.]+ % of their [\d,]+ · \d{4}-\d\d-\d\d", run.Output);
    }

    public void Dispose() => _out.Delete(recursive: true);
}
