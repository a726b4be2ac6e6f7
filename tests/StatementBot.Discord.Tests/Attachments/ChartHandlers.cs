using System.Text;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Charts;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Attachments;

/// <summary>
/// Commands whose replies carry files: /chart (a real PNG drawn by the chart renderer, of fictional speakers' counts,
/// and a binary file holding every byte value and the line breaks and dashes multipart uses), and /slowchart, held by a
/// <see cref="Gate"/> so it answers after the deferral deadline.
/// </summary>
public static class ChartHandlers
{
    public const string PngName = "trend-fictional.png";
    public const string BinaryName = "every-byte.bin";

    public static byte[] Png { get; } = LineChartRenderer.Png(new LineChart(
        "Statements matching “notice” per month",
        "Month",
        "Statements",
        ["2024-01", "2024-02", "2024-03", "2024-04"],
        [new ChartSeries("Ada Quill", [3, 8, 5, 1]), new ChartSeries("Fictional Spokesperson 01", [0, 2, 6, 4])]));

    /// <summary>0–255, then CR LF, "--", a line that looks like a boundary, a blank line: what a careless encoder would break.</summary>
    public static byte[] Binary { get; } =
        [.. Enumerable.Range(0, 256).Select(b => (byte)b), .. Encoding.ASCII.GetBytes("\r\n--\r\n--boundary\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n"), 0, 255];

    public static CommandRouter Router(Gate? slowGate = null) =>
        new([new Chart("chart", null), new Chart("slowchart", slowGate)], TestCorpus.Speakers);

    public static Reply Reply() => new(
        "Trend of “notice”",
        "17 statements match “notice”, 2024-01 – 2024-04, per month; peaked in 2024-02 with 10 statements.",
        [new ReplyField("Ada Quill", "17 statements · most in 2024-02 (8)")],
        [],
        null,
        new { query = "notice" },
        Attachments:
        [
            new ReplyAttachment(PngName, "image/png", Png, "Line chart, one line per speaker (Ada Quill, Fictional Spokesperson 01)."),
            new ReplyAttachment(BinaryName, "application/octet-stream", Binary),
        ]);

    private sealed class Chart(string name, Gate? gate) : ICommandHandler
    {
        public CommandDefinition Definition { get; } = new(name, "A reply with a chart.", [], "/" + name);

        public Reply Handle(CommandRequest request)
        {
            gate?.Wait();
            return Reply();
        }
    }
}
