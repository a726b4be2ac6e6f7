using System.Text.Json;
using System.Text.RegularExpressions;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Trend;

/// <summary>/who as a reader sees it: numbered rows of speakers with counts, shares and dates; organisations marked.</summary>
public sealed partial class WhoCommandTests(BriefingsIndexFixture corpus) : IClassFixture<BriefingsIndexFixture>
{
    [SharedFact]
    public void Who_Rows_AreNumberedSpeakersWithTheirCountShareAndDates_MostFirst()
    {
        var reply = corpus.Router.Handle(new CommandRequest("who", ("query", "inflation")));

        Assert.False(reply.IsError, reply.Title);
        var rows = reply.Sections.Single().Facts;
        Assert.True(rows.Count >= 2, "several people speak of inflation");
        var counts = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var match = Row().Match(rows[i].Name);
            Assert.True(match.Success, rows[i].Name);
            Assert.Equal(i + 1, int.Parse(match.Groups["rank"].Value, System.Globalization.CultureInfo.InvariantCulture));
            var count = int.Parse(match.Groups["count"].Value, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(corpus.Searcher.Quote(new QuoteQuery("inflation", match.Groups["name"].Value)).Value!.Total, count);
            Assert.Matches(@"^[\d.]+ % of their [\d,]+ · \d{4}-\d\d-\d\d( – \d{4}-\d\d-\d\d)?$", rows[i].Value);
            counts.Add(count);
        }

        Assert.Equal(counts.OrderDescending(), counts);
        Assert.StartsWith($"{counts.Sum():N0} statements match in what the speaker said, from {rows.Count} speakers; most first", reply.Summary, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Who_AStatementCreditedToAnOrganisation_IsItsOwnRowMarkedAsSuch()
    {
        var reply = corpus.Router.Handle(new CommandRequest("who", ("query", "whistleblower")));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(reply.Data, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));

        var row = Assert.Single(reply.Sections.Single().Facts);
        Assert.Equal("1. NBC (organisation) — 1 statement", row.Name);
        Assert.StartsWith("1 statement matches in what the speaker said, from 1 organisation;", reply.Summary, StringComparison.Ordinal);
        var speaker = Assert.Single(json.RootElement.GetProperty("speakers").EnumerateArray());
        Assert.True(speaker.GetProperty("organisation").GetBoolean());
        Assert.Equal(1, json.RootElement.GetProperty("organisations").GetInt32());
    }

    [SharedFact]
    public void Who_APagePastTheLast_SaysWhichIsTheLast()
    {
        var reply = corpus.Router.Handle(new CommandRequest("who", ("query", "inflation"), ("page", "5")));

        Assert.False(reply.IsError);
        Assert.EndsWith("but there is no page 5 (last page: 1).", reply.Summary, StringComparison.Ordinal);
        Assert.Empty(reply.Sections.Single().Facts);
    }

    [GeneratedRegex(@"^(?<rank>\d+)\. (?<name>.+) — (?<count>[\d,]+) statements?$")]
    private static partial Regex Row();
}
