using System.Text;
using System.Text.Json;
using CsvHelper;
using StatementBot.Commands.Export;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Tests.Trend;
using StatementBot.Search.Exporting;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Export;

/// <summary>
/// Export: every statement behind an answer, not only the page shown, as a file a spreadsheet or a script reads back,
/// on real briefings and a Wikinews article.
/// </summary>
public sealed class ExportTests(BriefingsIndexFixture corpus) : IClassFixture<BriefingsIndexFixture>
{
    [SharedFact]
    public void Quote_Csv_HoldsEveryMatchingStatement_NotOnlyThePage()
    {
        var request = new CommandRequest("quote", ("query", "inflation"));
        var shown = corpus.Router.Handle(request);
        var total = corpus.Searcher.Quote(new QuoteQuery("inflation")).Value!.Total;
        Assert.True(total > shown.Hits.Count(), "the answer should have more statements than its first page shows");

        var export = corpus.Router.Export(request, ExportFormat.Csv);

        Assert.False(export.IsError, export.Title);
        var file = Assert.Single(export.Files);
        Assert.EndsWith(".csv", file.FileName);
        var rows = ReadCsv(file.Content);
        Assert.Equal(["id", "speaker", "role", "kind", "date", "text", "question", "title", "source", "url", "by_organisation"], rows.Header);
        Assert.Equal(total, rows.Records.Count);
        Assert.All(rows.Records, r => Assert.Contains("inflation", r[5], StringComparison.OrdinalIgnoreCase));
        Assert.Contains(rows.Records, r => r[1] == "Jen Psaki" && r[4] == "2022-03-04");
        Assert.Equal(rows.Records.Count, rows.Records.Select(r => r[0]).Distinct().Count());
        Assert.StartsWith($"All {total} statements matching “inflation”", export.Summary);
    }

    [SharedFact]
    public void Speaker_Json_EveryStatementOfTheSpeaker_WithItsQuestion()
    {
        var export = corpus.Router.Export(new CommandRequest("speaker", ("name", "Karine Jean-Pierre")), ExportFormat.Json);

        using var json = JsonDocument.Parse(Assert.Single(export.Files).Content);
        var statements = json.RootElement.EnumerateArray().ToArray();
        var profile = corpus.Searcher.Speaker("Karine Jean-Pierre").Value!;
        Assert.Equal(profile.Statements, statements.Length);
        Assert.All(statements, s => Assert.Equal("Karine Jean-Pierre", s.GetProperty("speaker").GetString()));
        Assert.Contains(statements, s => s.GetProperty("kind").GetString() == "turn" && s.GetProperty("question").GetString() is { Length: > 0 }); // the reporter's question beside the reply
        var raw = Encoding.UTF8.GetString(export.Files[0].Content);
        Assert.DoesNotContain("\\u0027", raw); // apostrophes and curly quotes as they are, for people reading the file
        Assert.DoesNotContain("\\u2019", raw);
        Assert.True(raw.Contains('\'') || raw.Contains('’'), "the sample should have apostrophes to check");
    }

    [SharedFact]
    public void Capped_SaysHowManyOfHowMany_AndHowToNarrow()
    {
        var exporter = new StatementExporter(corpus.Searcher, maxRows: 3);

        var export = exporter.Export("who", new ExportQuery("inflation", []), ExportFormat.Csv);

        Assert.Equal(3, ReadCsv(Assert.Single(export.Files).Content).Records.Count);
        Assert.Matches(@"^The first 3 of \d+ statements matching “inflation” \(sorted by relevance\), as CSV: an export holds at most 3 statements", export.Summary);
        Assert.Contains("Narrow it", export.Summary);
    }

    [SharedFact]
    public void ResultLists_OfferExport_ErrorsAndEmptyAnswersDoNot()
    {
        Assert.NotNull(corpus.Router.Handle(new CommandRequest("quote", ("query", "inflation"))).ExportRequest);
        Assert.NotNull(corpus.Router.Handle(new CommandRequest("who", ("query", "inflation"))).ExportRequest);
        Assert.Null(corpus.Router.Handle(new CommandRequest("quote", ("query", "zzyzx"))).ExportRequest);
        Assert.Null(corpus.Router.Handle(new CommandRequest("quote", ("query", "inflation"), ("speaker", "Nobody Atall"))).ExportRequest);
        Assert.Null(corpus.Router.Handle(new CommandRequest("help")).ExportRequest);
    }

    [SharedFact]
    public void Export_NothingMatches_OrNotExportable_OneLine()
    {
        var none = corpus.Router.Export(new CommandRequest("quote", ("query", "zzyzx")), ExportFormat.Csv);
        var help = corpus.Router.Export(new CommandRequest("help"), ExportFormat.Csv);

        Assert.True(none.IsError);
        Assert.Equal("Nothing to export: no statement matches “zzyzx”.", none.Title);
        Assert.True(help.IsError);
        Assert.StartsWith("/help has nothing to export", help.Title);
    }

    [Fact]
    public void Csv_TextThatStartsLikeAFormula_IsEscaped_AndQuotesSurviveARoundTrip()
    {
        var rows = new[]
        {
            new ExportRow("1", "Ada Example", null, Corpus.Attribution.StatementKind.Direct, null, "=HYPERLINK(\"http://x\")", null, "A \"quoted\" title, with a comma", null, null, false),
        };

        var (file, written) = ExportFile.Write(rows, ExportFormat.Csv, "t", "d");

        Assert.Equal(1, written);
        var record = ReadCsv(file.Content).Records[0];
        Assert.False(record[5].StartsWith('='), record[5]);
        Assert.Equal("A \"quoted\" title, with a comma", record[7]);
    }

    private static (string[] Header, List<string[]> Records) ReadCsv(byte[] content)
    {
        var text = Encoding.UTF8.GetString(content).TrimStart('\uFEFF');
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false });
        var all = new List<string[]>();
        while (csv.Read())
        {
            all.Add(Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i)).ToArray());
        }

        return (all[0], all.Skip(1).ToList());
    }
}
