using System.Text.Json;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Verify;
using StatementBot.Search.Results;
using StatementBot.TestSupport;

namespace StatementBot.Commands.Tests.Verify;

/// <summary>/verify and "Find the source" through the real router: the verdict a reader sees, the marks, the JSON.</summary>
public sealed class VerifyCommandTests(VerifyRouterFixture corpus) : IClassFixture<VerifyRouterFixture>
{
    private const string Invented = "The moon-weasels of Upper Frandonia will never surrender their marmalade to the council of glass owls";

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private string Misquoted(out string[] quote)
    {
        var (said, donor) = corpus.Sample();
        quote = Misquote.Words(said.Text, 5, 20);
        return Misquote.Edit(quote, donor.Text, Misquote.Changed, Misquote.Dropped);
    }

    [SharedFact]
    public void Verify_Misquote_SaysCloseWithWhoWhenAndWhatChanged()
    {
        var (said, _) = corpus.Sample();
        var claim = Misquoted(out _);

        var reply = corpus.Router.Handle(new CommandRequest("verify", ("text", claim)));

        Assert.False(reply.IsError, reply.Title);
        Assert.StartsWith($"Close, not word for word: {said.Speaker} said something very like it on {said.Document.Date:yyyy-MM-dd} — 2 words changed, 1 dropped;", reply.Summary);
        Assert.StartsWith("close (", reply.Facts.Single(f => f.Name == "Verdict").Value);
        Assert.Contains("at least 60% of the words agree", reply.Facts.Single(f => f.Name == "How it is judged").Value);
        var hit = Assert.Single(reply.Hits.Take(1));
        Assert.Equal(said.Speaker, hit.Speaker);
        Assert.Contains(hit.Snippet.Highlights, h => h.Kind == SpanKind.Dropped);
        Assert.Contains(hit.Snippet.Highlights, h => h.Kind == SpanKind.Added);
    }

    [SharedFact]
    public void Verify_Json_CarriesTheVerdictTheEditsAndTheMarkedSnippet()
    {
        var claim = Misquoted(out var quote);

        var data = JsonSerializer.SerializeToElement(corpus.Router.Handle(new CommandRequest("verify", ("text", claim))).Data, Json);

        Assert.Equal("close", data.GetProperty("verdict").GetString());
        var match = data.GetProperty("matches")[0];
        Assert.Equal(["changed", "dropped", "changed"], match.GetProperty("edits").EnumerateArray().Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(Misquote.Plain(quote[9]), Misquote.Plain(match.GetProperty("edits")[1].GetProperty("said").GetString()!));
        var snippet = match.GetProperty("hit").GetProperty("snippet").GetString()!;
        Assert.Contains($"[-{quote[9]}", snippet);
        Assert.Contains("{+", snippet);
    }

    [SharedFact]
    public void Verify_Invented_SaysNotFoundAndShowsNothing()
    {
        var reply = corpus.Router.Handle(new CommandRequest("verify", ("text", Invented)));

        Assert.StartsWith("Not found: no statement in the index comes close", reply.Summary);
        Assert.Empty(reply.Hits);
        Assert.Equal("not found", reply.Facts.Single(f => f.Name == "Verdict").Value);
        Assert.Equal("not_found", JsonSerializer.SerializeToElement(reply.Data, Json).GetProperty("verdict").GetString());
    }

    [SharedFact]
    public void FindTheSource_OnAMessageQuotingSomeone_AnswersWhatVerifyAnswersForTheQuote()
    {
        var claim = Misquoted(out _);
        var message = $"Apparently the spokesperson said “{claim}” at the briefing";

        var fromMenu = corpus.Router.Handle(new CommandRequest(FindSourceCommand.Entry.Name, (CommandDefinition.MessageTextOption, message)));
        var typed = corpus.Router.Handle(new CommandRequest("verify", ("text", claim)));

        Assert.Equal(JsonSerializer.Serialize(typed.Data, Json), JsonSerializer.Serialize(fromMenu.Data, Json));
        Assert.Equal(typed.Summary, fromMenu.Summary);
    }

    [SharedFact]
    public void FindTheSource_OnAMessageWithoutText_SaysSo()
    {
        var reply = corpus.Router.Handle(new CommandRequest(FindSourceCommand.Entry.Name, (CommandDefinition.MessageTextOption, "")));

        Assert.True(reply.IsError);
        Assert.StartsWith("That message has no text to look up", reply.Title);
    }

    [SharedFact]
    public void Verify_TooShort_IsAShortMessage()
    {
        var reply = corpus.Router.Handle(new CommandRequest("verify", ("text", "two words")));

        Assert.True(reply.IsError);
        Assert.StartsWith("Give at least 3 words of the quote", reply.Title);
    }

    [Fact]
    public void Catalog_FindTheSourceIsAMessageCommand_NotATypedOne()
    {
        var catalog = CommandSet.Catalog;

        Assert.Contains(catalog.Public, c => c.Name == "verify");
        Assert.Contains(catalog.Public, c => c.Name == "phrase");
        Assert.DoesNotContain(catalog.Public, c => c.Kind == CommandKind.Message);
        var menu = Assert.Single(catalog.MessageCommands);
        Assert.Equal("Find the source", menu.Name);
        Assert.Equal(catalog.Public.Append(menu).Select(c => c.Name), catalog.Registered.Select(c => c.Name));
    }

    [SharedFact]
    public void Help_ListsVerifyWithItsRule()
    {
        var reply = corpus.Router.Handle(new CommandRequest("help", ("command", "verify")));

        var verify = reply.Facts.Single(f => f.Name == "/verify").Value;
        Assert.Contains("Did they really say that?", verify);
        Assert.Contains("text (required), speaker", verify);
    }
}
