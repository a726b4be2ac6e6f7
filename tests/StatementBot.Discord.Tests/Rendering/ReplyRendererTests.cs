using System.Text.Json;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Tests.Support;
using StatementBot.Search.Results;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Rendering;

public sealed class ReplyRendererTests
{
    private static Reply Results(IReadOnlyList<StatementHit> hits, ReplyPaging? paging = null, string title = "Quotes") =>
        new(title, $"{hits.Count} statement(s)", [new ReplyField("Matches", hits.Count.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            [new ReplySection("", [], hits)], paging, new { });

    [Fact]
    public void Render_NineLongSeedStatements_StaysWithinEveryLimitAndCutsAtWords()
    {
        // Wu Qian's passage is ~1,900 characters: nine of them are three times what one message may carry.
        var hits = Enumerable.Range(1, 9).Select(i => TestCorpus.Highlight(TestCorpus.WuQian with { Id = "wu-" + i }, "joint efforts")).ToArray();

        var json = Support.Rendering.Render(Results(hits));
        var data = json.GetProperty("data");

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.InRange(DiscordRules.EmbedTotal(data), 5000, DiscordLimits.EmbedTotalCharacters);
        var embeds = data.GetProperty("embeds").EnumerateArray().ToArray();
        Assert.True(embeds.Length >= 4, $"only {embeds.Length} embeds");
        foreach (var description in embeds.Skip(1).Select(e => e.GetProperty("description").GetString()!))
        {
            Assert.EndsWith("…", description);
            var beforeEllipsis = description[..^1];
            Assert.Contains(beforeEllipsis.Split(' ')[^1].Trim('*', '"'), TestCorpus.WuQian.Text.Split(' ', '\n').Select(w => w.Trim('"', ',', '.', '!')));
        }
    }

    [SharedFact]
    public void Render_BriefingTurnLongerThanAnEmbed_CutBelow4096AtAWordBoundary()
    {
        var psaki = TestCorpus.Highlight(TestCorpus.PsakiOpening()!, "mask");
        Assert.True(psaki.Text.Length > DiscordLimits.EmbedDescription, $"the sample turn has {psaki.Text.Length} characters");

        var json = Support.Rendering.Render(Results([psaki]));
        var hit = json.GetProperty("data").GetProperty("embeds")[1];
        var description = hit.GetProperty("description").GetString()!;

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.StartsWith("Good evening, everyone. Thank you for joining us on this historic day.", description);
        Assert.Contains("do their part and **mask** up for 100 days", description);
        Assert.EndsWith("…", description);
        var lastWord = description[..^1].Split(' ')[^1];
        Assert.Contains(" " + lastWord.Replace("**", "", StringComparison.Ordinal) + " ", psaki.Text);
        Assert.Equal("Jen Psaki, Press Secretary", hit.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal(psaki.Url, hit.GetProperty("url").GetString());
        Assert.Equal($"The White House · 20 Jan 2021 · transcript · id: {psaki.Id}", hit.GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public void Render_MatchedWords_BoldAndTheRestEscaped()
    {
        var hit = TestCorpus.Highlight(TestCorpus.Fictional, "fictional ministry_of_examples");

        var description = Support.Rendering.Render(Results([hit])).GetProperty("data").GetProperty("embeds")[1].GetProperty("description").GetString()!;

        Assert.Contains("the \\***fictional**\\* **Ministry\\_of\\_Examples** posts", description);
    }

    [Fact]
    public void Render_Paging_PrevDisabledOnFirstPageAndIdsWithinLimits()
    {
        var request = new CommandRequest("quote", ("query", "China"));
        var reply = Results([TestCorpus.TanQuote], new ReplyPaging(1, 3, request, 5));

        var data = Support.Rendering.Render(reply).GetProperty("data");
        var row = data.GetProperty("components")[0].GetProperty("components");

        Assert.Equal("◀ Prev", row[0].GetProperty("label").GetString());
        Assert.True(row[0].GetProperty("disabled").GetBoolean());
        Assert.Equal("pg:>:2:quote:query=China", row[1].GetProperty("custom_id").GetString());
        Assert.False(row[1].TryGetProperty("disabled", out _));
        Assert.Equal("Page 1 of 3", data.GetProperty("embeds")[0].GetProperty("footer").GetProperty("text").GetString());
    }

    [Fact]
    public void Render_LongQueryAndStatementId_ButtonsUseShortStoredKeys()
    {
        var longQuery = string.Join(' ', Enumerable.Repeat("relations between the two countries and the two militaries", 3));
        var hit = TestCorpus.TanQuote with { Id = new string('x', 150) };
        var reply = Results([hit], new ReplyPaging(2, 3, new CommandRequest("quote", ("query", longQuery)), 5));

        var data = Support.Rendering.Render(reply).GetProperty("data");
        var ids = data.GetProperty("components").EnumerateArray()
            .SelectMany(r => r.GetProperty("components").EnumerateArray())
            .Select(b => b.GetProperty("custom_id").GetString()!)
            .ToArray();

        Assert.Equal(3, ids.Length);
        Assert.All(ids, id => Assert.InRange(id.Length, 1, DiscordLimits.CustomId));
        Assert.StartsWith("pk:<:1:", ids[0]);
        Assert.StartsWith("pk:>:3:", ids[1]);
        Assert.StartsWith("ck:", ids[2]);
    }

    [Fact]
    public void Render_ErrorReply_EphemeralContentWithoutEmbeds()
    {
        var json = Support.Rendering.Render(Reply.Error("No speaker called \"@everyone\".", ["Wu Qian", "Tan Kefei"]));
        var data = json.GetProperty("data");

        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("No speaker called \"@\u200Beveryone\".\nDid you mean: Wu Qian, Tan Kefei?", data.GetProperty("content").GetString());
        Assert.False(data.TryGetProperty("embeds", out _));
        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
    }

    [Fact]
    public void Render_ThirtyFacts_KeepsTheFirst25Fields()
    {
        var facts = Enumerable.Range(1, 30).Select(i => new ReplyField($"Fact {i}", $"value {i}")).ToArray();

        var header = Support.Rendering.Render(new Reply("Facts", null, facts, [], null, new { })).GetProperty("data").GetProperty("embeds")[0];

        Assert.Equal(DiscordLimits.EmbedFields, header.GetProperty("fields").GetArrayLength());
        Assert.Equal("Fact 25", header.GetProperty("fields")[24].GetProperty("name").GetString());
    }

    [Fact]
    public void Render_OversizedTitleSummaryAndFacts_HeaderKeptWithinTheTotal()
    {
        var facts = Enumerable.Range(1, 30).Select(i => new ReplyField($"Fact {i}", new string('a', 2000))).ToArray();
        var reply = new Reply(new string('T', 300), new string('s', 5000), facts, [new ReplySection("", [], [TestCorpus.WuQian])], null, new { });

        var json = Support.Rendering.Render(reply);
        var embeds = json.GetProperty("data").GetProperty("embeds");

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.Equal(DiscordLimits.EmbedTitle, embeds[0].GetProperty("title").GetString()!.Length);
        Assert.Equal(2, embeds.GetArrayLength()); // the header and Wu Qian's excerpt both survive
        Assert.InRange(embeds[1].GetProperty("description").GetString()!.Length, 1000, DiscordLimits.EmbedDescription);
    }

    [Fact]
    public void Render_CompareSections_EachHeadingAndColour()
    {
        var reply = new Reply("Wu Qian vs Tan Kefei", null, [],
            [
                new ReplySection("Wu Qian", [new ReplyField("Statements", "1")], [TestCorpus.WuQian]),
                new ReplySection("Tan Kefei", [new ReplyField("Statements", "1")], [TestCorpus.TanQuote]),
            ], null, new { });

        var embeds = Support.Rendering.Render(reply).GetProperty("data").GetProperty("embeds").EnumerateArray().ToArray();

        Assert.Equal(["Wu Qian", "Tan Kefei"], embeds[0].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.NotEqual(embeds[1].GetProperty("color").GetInt32(), embeds[2].GetProperty("color").GetInt32());
    }

    [Fact]
    public void Render_EmptySnippet_FallsBackToTheStatementText()
    {
        var hit = TestCorpus.TanQuote with { Snippet = new Snippet("", []) };

        var description = Support.Rendering.Render(Results([hit])).GetProperty("data").GetProperty("embeds")[1].GetProperty("description").GetString();

        Assert.Equal(TestCorpus.TanQuote.Text, description);
    }
}
