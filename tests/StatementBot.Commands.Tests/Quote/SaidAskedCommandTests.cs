using System.Text.Json;
using StatementBot.Commands.Quote;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Speaker;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Quote;

/// <summary>The <c>in</c> option, the resolved speaker, the one date check and latest lists, as a user sees them.</summary>
public sealed class SaidAskedCommandTests(ForeignMinistryIndexFixture corpus) : IClassFixture<ForeignMinistryIndexFixture>
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private Reply Ask(string command, params (string, string)[] options)
    {
        var searcher = corpus.Searcher;
        var router = new CommandRouter([new QuoteCommand(searcher), new SpeakerCommand(searcher)], searcher.Speakers);
        return router.Handle(new CommandRequest(command, options));
    }

    private static JsonElement Data(Reply reply) => JsonSerializer.SerializeToElement(reply.Data, reply.Data.GetType(), Json);

    private static int Total(Reply reply) => Data(reply).GetProperty("total").GetInt32();

    [SharedFact]
    public void Quote_ByDefault_MatchesOnlyWhatTheSpeakerSaid_AndSaysSo()
    {
        var reply = Ask("quote", ("query", "Huawei"), ("speaker", "geng shuang"));

        Assert.False(reply.IsError, reply.Title);
        Assert.Contains(" match in what the speaker said", reply.Summary, StringComparison.Ordinal);
        Assert.Equal("said", Data(reply).GetProperty("in").GetString());
        Assert.NotEmpty(reply.Hits);
        Assert.All(reply.Hits, h => Assert.Contains("Huawei", h.Text, StringComparison.OrdinalIgnoreCase));
    }

    [SharedFact]
    public void Quote_InAskedAndBoth_AreTheOtherReadings()
    {
        var said = Ask("quote", ("query", "Huawei"), ("speaker", "Geng Shuang"));
        var asked = Ask("quote", ("query", "Huawei"), ("speaker", "Geng Shuang"), ("in", "asked"));
        var both = Ask("quote", ("query", "Huawei"), ("speaker", "Geng Shuang"), ("in", "both"));

        Assert.Contains(" match in the questions the speaker answered", asked.Summary, StringComparison.Ordinal);
        Assert.All(asked.Hits, h => Assert.Contains("Huawei", h.Question, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("both", Data(both).GetProperty("in").GetString());
        Assert.True(Total(both) > Total(said), $"both {Total(both)}, said {Total(said)}");
        Assert.InRange(Total(both), Math.Max(Total(said), Total(asked)), Total(said) + Total(asked));
        Assert.True(Ask("quote", ("query", "Huawei"), ("in", "heard")).IsError);
    }

    [SharedFact]
    public void Quote_Header_NamesTheResolvedSpeaker_EvenWithoutHits()
    {
        var reply = Ask("quote", ("query", "\"mission impossible\""), ("speaker", "geng shuang"));

        Assert.Equal("Quotes for “\"mission impossible\"” by Geng Shuang", reply.Title);
        Assert.Equal("Geng Shuang", Data(reply).GetProperty("speaker").GetString());
    }

    [SharedFact]
    public void Quote_ReversedDates_OneMessageFromTheSearchLayer()
    {
        var reply = Ask("quote", ("query", "Huawei"), ("from", "2019"), ("to", "2018"));

        Assert.True(reply.IsError);
        Assert.Equal("The start date (2019-01-01) is after the end date (2018-12-31); swap them.", reply.Title);
    }

    [SharedFact]
    public void Speaker_Latest_SaysWhatTheListLeavesOut_AndTheNumbersAddUp()
    {
        var reply = Ask("speaker", ("name", "Geng Shuang"));
        var data = Data(reply);
        var statements = data.GetProperty("speaker").GetProperty("statements").GetInt32();
        var listed = data.GetProperty("listed").GetInt32();
        var leftOut = data.GetProperty("left_out").GetInt32();

        Assert.Equal(statements, listed + leftOut);
        var heading = reply.Sections[0].Heading;
        Assert.StartsWith(leftOut == 0 ? $"Latest statements: all {listed} listed" : $"Latest statements: {listed} listed; {leftOut} without content", heading, StringComparison.Ordinal);
    }

    [SharedFact]
    public void Speaker_About_SaysTheReading()
    {
        var asked = Ask("speaker", ("name", "Geng Shuang"), ("about", "Huawei"), ("in", "asked"));
        var said = Ask("speaker", ("name", "Geng Shuang"), ("about", "Huawei"));

        Assert.StartsWith("On “Huawei”, in the questions the speaker answered: ", asked.Sections[0].Heading, StringComparison.Ordinal);
        Assert.StartsWith("On “Huawei”, in what the speaker said: ", said.Sections[0].Heading, StringComparison.Ordinal);
        Assert.Equal("asked", Data(asked).GetProperty("in").GetString());
        Assert.All(said.Hits, h => Assert.Contains("Huawei", h.Text, StringComparison.OrdinalIgnoreCase));
    }
}
