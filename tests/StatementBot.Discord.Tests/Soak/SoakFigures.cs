using System.Text.RegularExpressions;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Tests.Fakes;
using StatementBot.Discord.Tests.Support;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>
/// What the soak did and what a user would have seen, counted from the fake Discord's side (which answers it
/// accepted, which it refused as too late, what the bot sent on each connection) and the bot's one log line per
/// handled interaction.
/// </summary>
public sealed partial record SoakFigures(
    int Interactions,
    IReadOnlyList<string> GatewayFaults,
    SoakRestFaults RestFaults,
    int Answered,
    int Deferred,
    int RecoveredByEdit,
    int Expired,
    IReadOnlyList<string> Unanswered,
    IReadOnlyList<string> HandledTwice,
    IReadOnlyList<string> AnsweredTwice,
    IReadOnlyList<GatewayConnectionRecord> Connections,
    int MaxSendsOnOneConnection,
    int MaxSendsAllConnections,
    IReadOnlyList<TimeSpan> AnswerDelays,
    TimeSpan Duration)
{
    public static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);

    public static SoakFigures Measure(FakeDiscord fake, CapturedLogs logs, IReadOnlyList<string> gatewayFaults, SoakRestFaults restFaults, TimeSpan duration)
    {
        var created = fake.Created;
        var answers = fake.Answers
            .Select(a => (Id: SoakRoutes.InteractionOf(a.Request), Answer: a))
            .Where(a => a.Id is not null && created.ContainsKey(a.Id))
            .ToLookup(a => a.Id!, a => a.Answer);
        var handled = HandledCounts(logs, created);
        var lost = restFaults.LostResponses.ToHashSet();

        int answered = 0, deferred = 0, recovered = 0, expired = 0;
        List<string> unanswered = [], twice = [];
        var delays = new List<TimeSpan>();
        foreach (var (id, at) in created)
        {
            var callbacks = answers[id].Where(a => a.Request.IsCallbackFor(id)).ToArray();
            var accepted = callbacks.FirstOrDefault(a => a.Accepted);
            var edits = answers[id].Count(a => a.Accepted && SoakRoutes.IsWebhookAnswer(a.Request));
            var isDeferred = accepted is not null && SoakRoutes.IsDeferral(accepted.Request);
            if (accepted is null)
            {
                if (callbacks.Any(a => a.Code == 10062))
                {
                    expired++;
                }
                else
                {
                    unanswered.Add(id);
                }

                continue;
            }

            delays.Add(accepted.Request.At - at);
            var wanted = isDeferred || lost.Contains(id) ? 1 : 0;
            if (edits > wanted)
            {
                twice.Add(id); // a second message, or the first one changed under the user's eyes
                continue;
            }

            if (edits < wanted && isDeferred)
            {
                unanswered.Add(id); // "thinking…" forever
                continue;
            }

            answered++;
            deferred += isDeferred ? 1 : 0;
            recovered += !isDeferred && lost.Contains(id) && edits == 1 ? 1 : 0;
        }

        var connections = fake.Connections;
        return new SoakFigures(
            created.Count, gatewayFaults, restFaults, answered, deferred, recovered, expired, unanswered,
            handled.Where(h => h.Value > 1).Select(h => h.Key).ToArray(), twice, connections,
            connections.Select(c => MaxInWindow(c.SendTimes)).DefaultIfEmpty(0).Max(),
            MaxInWindow(connections.SelectMany(c => c.SendTimes)),
            delays.Order().ToArray(), duration);
    }

    /// <summary>The most timestamps that fall in any one <see cref="SendWindow"/>.</summary>
    public static int MaxInWindow(IEnumerable<DateTimeOffset> times)
    {
        var sorted = times.Order().ToArray();
        var max = 0;
        for (int start = 0, end = 0; end < sorted.Length; end++)
        {
            while (sorted[end] - sorted[start] >= SendWindow)
            {
                start++;
            }

            max = Math.Max(max, end - start + 1);
        }

        return max;
    }

    /// <summary>How many times the bot finished with each interaction: its dispatcher logs one line per interaction handled.</summary>
    public static IReadOnlyDictionary<string, int> HandledCounts(CapturedLogs logs, IReadOnlyDictionary<string, DateTimeOffset> created)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var line in logs.Lines)
        {
            if (line.Category != typeof(InteractionDispatcher).FullName || line.Level < Microsoft.Extensions.Logging.LogLevel.Information)
            {
                continue;
            }

            foreach (Match number in Snowflake().Matches(line.Message))
            {
                if (created.ContainsKey(number.Value))
                {
                    counts[number.Value] = counts.GetValueOrDefault(number.Value) + 1;
                }
            }
        }

        return counts;
    }

    public IEnumerable<string> Report()
    {
        var byKind = GatewayFaults.GroupBy(f => f).Select(g => $"{g.Count()} {g.Key}");
        yield return $"interactions: {Interactions} in {Duration.TotalSeconds:F1} s";
        yield return $"gateway faults: {GatewayFaults.Count} ({string.Join(", ", byKind)})";
        yield return $"REST faults: {RestFaults.Total} ({RestFaults.RouteLimited} route 429, {RestFaults.GlobalLimited} global 429, " +
            $"{RestFaults.ServerErrors} 5xx, {RestFaults.LostAfterProcessing} 502 after Discord had accepted)";
        yield return $"answered once: {Answered} ({Deferred} deferred then edited, {RecoveredByEdit} brought up to date by an edit after a lost response); " +
            $"refused by Discord as past 3 s: {Expired}; unanswered: {Unanswered.Count}; handled twice: {HandledTwice.Count}; answered twice: {AnsweredTwice.Count}";
        yield return $"answer after creation: p50 {Percentile(0.50)} ms, p99 {Percentile(0.99)} ms, max {Percentile(1.0)} ms";
        yield return $"gateway connections: {Connections.Count} ({Connections.Count(c => c.Identify is not null)} identified, {Connections.Count(c => c.Resume is not null)} resumed)";
        yield return $"most gateway sends in 60 s: {MaxSendsOnOneConnection} on one connection, {MaxSendsAllConnections} over all connections (Discord's limit: 120 per connection)";
    }

    private int Percentile(double p) =>
        AnswerDelays.Count == 0 ? 0 : (int)AnswerDelays[Math.Min(AnswerDelays.Count - 1, (int)Math.Ceiling(p * AnswerDelays.Count) - 1)].TotalMilliseconds;

    [GeneratedRegex(@"\b\d{17,20}\b")]
    private static partial Regex Snowflake();
}
