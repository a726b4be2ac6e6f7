using System.Text.RegularExpressions;
using StatementBot.Commands.Routing;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Verify;

/// <summary>/phrase through the real router: counts over every use, who said it, and the first and latest uses.</summary>
public sealed class PhraseCommandTests(VerifyRouterFixture corpus) : IClassFixture<VerifyRouterFixture>
{
    [SharedFact]
    public void Phrase_StockLine_CountsDatesAndSpeakers()
    {
        var saying = corpus.Statements.Where(s => Regex.IsMatch(s.Text, @"\bone[-\s]+china\s+principle\b", RegexOptions.IgnoreCase)).ToArray();
        var top = saying.GroupBy(s => s.Speaker).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).First();

        var reply = corpus.Router.Handle(new CommandRequest("phrase", ("text", "one-China principle")));

        var speakers = saying.Select(s => s.Speaker).Distinct().Count();
        Assert.StartsWith($"Said in {saying.Length} statements by {speakers} speaker{(speakers == 1 ? "" : "s")}, from {saying.Min(s => s.Document.Date):yyyy-MM-dd} to {saying.Max(s => s.Document.Date):yyyy-MM-dd}.", reply.Summary);
        Assert.StartsWith($"{top.Key} {top.Count()} (", reply.Facts.Single(f => f.Name == "By").Value);
        Assert.Equal(["First use", "Latest use"], reply.Sections.Select(s => s.Heading));
        Assert.Equal(saying.Min(s => s.Document.Date), reply.Sections[0].Hits[0].Date);
    }

    [SharedFact]
    public void Phrase_NeverSaid_SaysSo()
    {
        var reply = corpus.Router.Handle(new CommandRequest("phrase", ("text", "marmalade council of glass owls")));

        Assert.False(reply.IsError);
        Assert.StartsWith("No statement says “marmalade council of glass owls” word for word.", reply.Summary);
        Assert.Empty(reply.Hits);
    }
}
