using System.Globalization;
using System.Text.Json;
using StatementBot.Chat;
using StatementBot.Commands.Catalog;
using StatementBot.Commands.Routing;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Load;

/// <summary>
/// The interactions a busy channel sends, as Discord would send them: mostly <c>/quote</c> (the query set's own
/// lines), then <c>/speaker</c> and <c>/compare</c> over the index's busiest speakers on the same words, and speaker
/// autocomplete as names are typed. Deterministic: the same list every run. No user is named, as in Discord's
/// documented examples, so no per-user allowance applies: the load is the bot's, not one person's.
/// </summary>
public static class InteractionMix
{
    public static IReadOnlyList<string> Bodies(int count, IReadOnlyList<string> speakers)
    {
        var parser = new SlashLineParser(CommandSet.Catalog);
        var quotes = File.ReadLines(Path.Combine(SharedData.RepoRoot, "bench", "queries.txt"))
            .Where(line => line.StartsWith("/quote ", StringComparison.Ordinal))
            .Select(line => parser.Parse(line).Request)
            .OfType<CommandRequest>()
            .ToArray();
        var topics = quotes.Select(q => q.Get("query")).OfType<string>().Where(q => !q.Contains(':', StringComparison.Ordinal)).Distinct().ToArray();
        var bodies = new string[count];
        for (var i = 0; i < count; i++)
        {
            var topic = topics[i % topics.Length];
            var (first, second) = (speakers[i % speakers.Count], speakers[(i / speakers.Count + 1 + i) % speakers.Count]);
            bodies[i] = (i % 20) switch
            {
                < 13 => Command(i, quotes[i % quotes.Length]),
                < 16 => Command(i, new CommandRequest("speaker", Options(("name", first), ("about", i % 2 == 0 ? topic : null)))),
                < 18 => Command(i, new CommandRequest("compare", Options(("a", first), ("b", second == first ? speakers[(i + 1) % speakers.Count] : second), ("about", i % 3 == 0 ? null : topic)))),
                _ => Autocomplete(i, "speaker", "name", first[..Math.Min(first.Length, 1 + i % 4)]),
            };
        }
        return bodies;
    }

    private static Dictionary<string, string> Options(params (string Name, string? Value)[] options) =>
        options.Where(o => o.Value is not null).ToDictionary(o => o.Name, o => o.Value!, StringComparer.OrdinalIgnoreCase);

    private static string Command(int i, CommandRequest request)
    {
        var definition = CommandSet.Catalog.Find(request.Command);
        var options = request.Options.Select(o =>
        {
            var type = definition?.Option(o.Key)?.Type ?? OptionType.String;
            object value = type == OptionType.Integer && int.TryParse(o.Value, CultureInfo.InvariantCulture, out var n) ? n : o.Value;
            return new Dictionary<string, object> { ["name"] = o.Key, ["type"] = type == OptionType.Integer ? 4 : type == OptionType.Boolean ? 5 : 3, ["value"] = value };
        });
        return Interaction(i, 2, request.Command, options);
    }

    private static string Autocomplete(int i, string command, string option, string typed) =>
        Interaction(i, 4, command, [new Dictionary<string, object> { ["name"] = option, ["type"] = 3, ["value"] = typed, ["focused"] = true }]);

    private static string Interaction(int i, int type, string command, IEnumerable<Dictionary<string, object>> options) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["type"] = type,
            ["id"] = (1_200_000_000_000_000_000L + i).ToString(CultureInfo.InvariantCulture),
            ["application_id"] = "1100000000000000002",
            ["token"] = "load-" + i.ToString(CultureInfo.InvariantCulture),
            ["version"] = 1,
            ["data"] = new Dictionary<string, object> { ["id"] = "1100000000000000003", ["name"] = command, ["type"] = 1, ["options"] = options.ToArray() },
        });
}
