using StatementBot.Commands.Catalog;
using StatementBot.Commands.Context;
using StatementBot.Commands.Help;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Rendering;

/// <summary>Hits carry their number across pages and the id /context takes, and /context can be typed.</summary>
public sealed class HitNumberingTests
{
    private static Reply Page(int page, int pages, int pageSize, IReadOnlyList<Search.Results.StatementHit> hits) =>
        new("Quotes", "many", [], [new ReplySection("", [], hits)], new ReplyPaging(page, pages, new CommandRequest("quote", ("query", "China")), pageSize), new { });

    private static Search.Results.StatementHit[] FiveHits() =>
        [.. Enumerable.Range(1, 5).Select(i => TestCorpus.Highlight(TestCorpus.WuQian with { Id = $"1f6c74f45a38-{i:D4}" }, "joint efforts"))];

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 6)]
    [InlineData(3, 11)]
    public void Render_PageOfFive_NumbersTitlesAndButtonsFromWhereThePageStarts(int page, int first)
    {
        var json = Support.Rendering.Render(Page(page, 3, 5, FiveHits()));
        var data = json.GetProperty("data");

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        var titles = data.GetProperty("embeds").EnumerateArray().Skip(1).Select(e => e.GetProperty("title").GetString()!).ToArray();
        Assert.Equal(Enumerable.Range(first, titles.Length).Select(n => $"{n}. "), titles.Select(t => t[..(t.IndexOf(' ') + 1)]));
        var buttons = data.GetProperty("components").EnumerateArray().SelectMany(r => r.GetProperty("components").EnumerateArray())
            .Select(b => b.GetProperty("label").GetString()!).Where(l => l.StartsWith("More context", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(first, buttons.Length).Select(n => $"More context #{n}"), buttons);
    }

    [Fact]
    public void Render_EveryHit_FooterEndsWithItsId_EvenBehindAnOverlongSource()
    {
        var hits = FiveHits();
        hits[0] = hits[0] with { Source = string.Join(' ', Enumerable.Repeat("Ministry of Examples", 200)) };

        var json = Support.Rendering.Render(Page(1, 1, 5, hits));
        var footers = json.GetProperty("data").GetProperty("embeds").EnumerateArray().Skip(1)
            .Select(e => e.GetProperty("footer").GetProperty("text").GetString()!).ToArray();

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.Equal(hits.Take(footers.Length).Select(h => "id: " + h.Id), footers.Select(f => f[(f.LastIndexOf("id: ", StringComparison.Ordinal))..]));
        Assert.InRange(footers[0].Length, 1, DiscordLimits.EmbedFooterText);
    }

    [Fact]
    public void Render_Help_EveryFieldWhole_AndContextListed()
    {
        var help = new HelpCommand(CommandSet.Catalog).Handle(new CommandRequest("help"));

        var json = Support.Rendering.Render(help);
        var fields = json.GetProperty("data").GetProperty("embeds")[0].GetProperty("fields").EnumerateArray().ToArray();

        Assert.Empty(DiscordRules.CheckCallback(json.GetRawText()));
        Assert.Equal(help.Facts.Count, fields.Length);
        Assert.All(fields, f => Assert.DoesNotContain("…", f.GetProperty("value").GetString()!, StringComparison.Ordinal));
        Assert.Contains(fields, f => f.GetProperty("name").GetString() == "/context");
        Assert.Contains(fields, f => f.GetProperty("value").GetString()!.Contains("militar\\* — words starting with militar", StringComparison.Ordinal));
    }

    [Fact]
    public void Catalog_ContextIsRegisteredWithDiscord_WithTheIdAsARequiredTypedOption()
    {
        var commands = CommandCatalogMapper.ToApplicationCommands(CommandSet.Catalog);

        var context = Assert.Single(commands, c => c.Name == ContextCommand.Entry.Name);
        var id = Assert.Single(context.Options!);
        Assert.Equal(("id", true), (id.Name, id.Required == true));
        Assert.Null(id.Autocomplete);
    }
}
