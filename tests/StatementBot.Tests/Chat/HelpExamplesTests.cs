using System.Text.RegularExpressions;
using StatementBot.Chat;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Context;
using StatementBot.Commands.Help;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Routing;
using StatementBot.Search.Querying;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Chat;

/// <summary>
/// Every example the program shows a newcomer — each command's example in the catalog (/help, --help), each line of
/// the query-syntax help, each chat line in the README — typed into chat on the default corpus, does what it says.
/// </summary>
public sealed partial class HelpExamplesTests(SeedRouterFixture seeds) : IClassFixture<SeedRouterFixture>
{
    private readonly SlashLineParser _parser = new(CommandSet.Catalog);
    private readonly QueryTruth _truth = new(seeds.Searcher);

    /// <summary>
    /// Every typed command's example (message commands are reached from a message's menu, not typed), but those that need
    /// a permission in a server: chat has no server (<see cref="ServerOnlyExample_TypedInChat_SaysWhereItWorks"/>).
    /// </summary>
    public static TheoryData<string> CommandExamples =>
        [.. CommandSet.Catalog.All.Where(c => c.Kind == CommandKind.Slash && c.RequiredPermissions == MemberPermissions.None).Select(c => c.Example)];

    public static TheoryData<string> ServerOnlyExamples =>
        [.. CommandSet.Catalog.All.Where(c => c.RequiredPermissions != MemberPermissions.None)
            .SelectMany(c => c.Subcommands.Select(s => s.Example).Prepend(c.Example))];

    public static TheoryData<string, string> SyntaxExamples
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var example in QueryExamples.All)
            {
                data.Add(example.Typed, example.Finds);
            }

            return data;
        }
    }

    public static TheoryData<string> ReadmeChatLines => [.. ReadmeLines()];

    [Theory]
    [MemberData(nameof(CommandExamples))]
    public void CatalogExample_TypedInChat_AnswersAsItSays(string example) => AssertAnswersAsTyped(WithRealId(example));

    [Theory]
    [MemberData(nameof(ServerOnlyExamples))]
    public void ServerOnlyExample_TypedInChat_SaysWhereItWorks(string example)
    {
        var parsed = _parser.Parse(example);
        Assert.True(parsed.Error is null, $"{example}: {parsed.Error}");
        var command = CommandSet.Catalog.Find(parsed.Request!.Command)!;
        Assert.Equal(command.Subcommands.Count > 0, command.Subcommand(parsed.Request.Subcommand ?? "") is not null);

        var reply = seeds.Router.Handle(parsed.Request);

        Assert.True(reply.IsError);
        Assert.Contains("works in server channels only", reply.Title, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ReadmeChatLines))]
    public void ReadmeChatLine_TypedInChat_AnswersAsItSays(string line) => AssertAnswersAsTyped(line);

    [Theory]
    [MemberData(nameof(SyntaxExamples))]
    public void SyntaxExample_AsAChatQuery_ReachesTheQueryAsTypedAndFindsWhatItsLineSays(string typed, string finds)
    {
        var parsed = _parser.Parse($"/quote query:{typed}");

        Assert.Null(parsed.Error);
        Assert.Equal(typed, parsed.Request!.Get("query"));
        var tree = QuerySyntax.Parse(typed).Value!;
        var kinds = QueryTruth.Nodes(tree).ToArray();
        Assert.Equal(kinds.Any(n => n is QueryNode.Phrase), finds.Contains("phrase", StringComparison.Ordinal));
        Assert.Equal(kinds.Any(n => n is QueryNode.Any), finds.Contains("either", StringComparison.Ordinal));
        Assert.Equal(kinds.Any(n => n is QueryNode.Prefix), finds.Contains("starting with", StringComparison.Ordinal));
        Assert.Equal(kinds.Any(n => n is QueryNode.Not), finds.Contains("without", StringComparison.Ordinal));
        AssertAnswersAsTyped($"/quote query:{typed}");
    }

    [Fact]
    public void Help_ListsEveryCommandATerminalOrDiscordUserCanType_ContextIncluded()
    {
        var reply = seeds.Router.Handle(new CommandRequest("help"));

        Assert.Contains(reply.Facts, f => f.Name == "/context" && f.Value.Contains("/context id:", StringComparison.Ordinal));
        Assert.Equal(CommandSet.Catalog.All.Where(c => c.Kind == CommandKind.Slash).Select(c => "/" + c.Name), reply.Facts.Where(f => f.Name.StartsWith('/')).Select(f => f.Name));
    }

    [Theory]
    [InlineData("/quote query:\"mission impossible speaker:\"Wu Qian\"", "The last quote mark is not closed")]
    [InlineData("/quote query:\"joint efforts\" OR \"face the reality", "A quote mark is not closed: \"face the reality.")]
    [InlineData("/help nosuch", "There is no /nosuch command. Try /quote, /speaker, /speakers, /compare, /help, /context, ")]
    [InlineData("/context id:nosuch", "There is no statement \"nosuch\" in the index")]
    public void Mistake_TypedInChat_GetsAShortMessageSayingWhatIsWrong(string line, string expected)
    {
        var reply = seeds.Router.Handle(_parser.Parse(line).Request!);

        Assert.True(reply.IsError);
        Assert.StartsWith(expected, reply.Title, StringComparison.Ordinal);
    }

    /// <summary>
    /// The line parses, quotes typed around a query reach it (as in Discord), the router answers without an error and
    /// with something to read, every hit satisfies each query option, and a named speaker's hits are that speaker's.
    /// </summary>
    private void AssertAnswersAsTyped(string line)
    {
        var parsed = _parser.Parse(line);
        Assert.True(parsed.Error is null, $"{line}: {parsed.Error}");
        var request = parsed.Request!;
        var command = CommandSet.Catalog.Find(request.Command)!;

        var reply = seeds.Router.Handle(request);

        Assert.False(reply.IsError, $"{line}: {reply.Title}");
        Assert.True(reply.Hits.Any() || reply.Facts.Count > 0 || reply.Sections.Any(s => s.Facts.Count > 0), $"{line}: nothing to read ({reply.Title}: {reply.Summary})");
        foreach (var option in command.Options.Where(o => o.QuerySyntax && request.Get(o.Name) is not null))
        {
            var value = request.Get(option.Name)!;
            Assert.Equal(TypedValue(line, command, option).Count(c => c == '"'), value.Count(c => c == '"'));
            var tree = QuerySyntax.Parse(value).Value!;
            // A reply that counts (/trend, /who) shows rows or a chart rather than hits.
            Assert.True(reply.Hits.Any() || reply.Files.Count > 0 || reply.Sections.Any(s => s.Facts.Count > 0), $"{line}: no statement found for {option.Name}:{value}");
            Assert.All(reply.Hits, hit => Assert.True(_truth.Holds(tree, hit), $"{line}: {hit.Speaker} — “{hit.Text}” does not satisfy {value}"));
        }

        var speakers = command.Options.Where(o => o.Autocomplete && request.Get(o.Name) is not null).ToArray();
        for (var i = 0; i < speakers.Length; i++)
        {
            var hits = speakers.Length == 1 ? reply.Hits : reply.Sections[i].Hits;
            Assert.All(hits, hit => Assert.Equal(request.Get(speakers[i].Name), hit.Speaker));
        }
    }

    /// <summary>What follows <c>name:</c> in the line up to the next option name: what a Discord user would put in the field.</summary>
    private static string TypedValue(string line, CommandDefinition command, OptionDefinition option)
    {
        var start = line.IndexOf(option.Name + ":", StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        }

        var rest = line[(start + option.Name.Length + 1)..];
        var next = command.Options.Where(o => o != option)
            .Select(o => rest.IndexOf(" " + o.Name + ":", StringComparison.OrdinalIgnoreCase))
            .Where(i => i >= 0)
            .DefaultIfEmpty(rest.Length)
            .Min();
        return rest[..next];
    }

    /// <summary>The context example stands for any id: it gets the id of the quote example's first hit.</summary>
    private string WithRealId(string example)
    {
        var placeholder = "id:" + ContextCommand.ExampleId;
        if (!example.Contains(placeholder, StringComparison.Ordinal))
        {
            return example;
        }

        var first = seeds.Router.Handle(_parser.Parse(CommandSet.Catalog.Find("quote")!.Example).Request!).Hits.First();
        return example[..example.IndexOf(placeholder, StringComparison.Ordinal)] + "id:" + first.Id;
    }

    private static IEnumerable<string> ReadmeLines()
    {
        var readme = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "README.md"));
        return ChatLine().Matches(readme).Select(m => m.Groups[1].Value.Trim()).ToArray();
    }

    [GeneratedRegex(@"^> (/\S.*)$", RegexOptions.Multiline)]
    private static partial Regex ChatLine();
}
