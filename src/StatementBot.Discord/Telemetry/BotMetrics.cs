using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace StatementBot.Discord.Telemetry;

/// <summary>
/// The bot's measurements, as .NET metrics (exported for Prometheus by <c>serve</c>): interactions answered by command
/// and outcome, how long each took, deferrals, gateway reconnects and rate limits. Option values are never recorded.
/// </summary>
public static class BotMetrics
{
    public const string MeterName = "StatementBot";

    /// <summary>Command names a hostile client could invent are folded into "other" past this many.</summary>
    private const int MaxCommandNames = 64;

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Interactions = Meter.CreateCounter<long>("statementbot.interactions", description: "Interactions answered, by command and outcome");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>("statementbot.interaction.duration", unit: "ms", description: "Time from receipt to answer, by command");

    private static readonly Counter<long> Deferrals = Meter.CreateCounter<long>("statementbot.deferrals", description: "Answers deferred past Discord's 3-second window");

    private static readonly Counter<long> Reconnects = Meter.CreateCounter<long>("statementbot.gateway.reconnects", description: "Gateway connections ended and re-established, by what followed");

    private static readonly Counter<long> RateLimits = Meter.CreateCounter<long>("statementbot.discord.rate_limited", description: "HTTP 429 answers from Discord, by scope");

    private static readonly ConcurrentDictionary<string, string> Commands = new(StringComparer.OrdinalIgnoreCase);

    public static void Interaction(string command, string outcome, double milliseconds)
    {
        var name = CommandTag(command);
        // "deferred; edited @original" and the like: the first word is the outcome's kind.
        var kind = outcome.Split([';', ' '], 2)[0];
        Interactions.Add(1, new KeyValuePair<string, object?>("command", name), new KeyValuePair<string, object?>("outcome", kind));
        Duration.Record(milliseconds, new KeyValuePair<string, object?>("command", name));
    }

    public static void Deferred() => Deferrals.Add(1);

    public static void Reconnected(string next) => Reconnects.Add(1, new KeyValuePair<string, object?>("next", next));

    public static void RateLimited(bool global) => RateLimits.Add(1, new KeyValuePair<string, object?>("scope", global ? "global" : "route"));

    private static string CommandTag(string command)
    {
        var name = command.TrimStart('/').Split(' ', 2)[0];
        if (Commands.TryGetValue(name, out var known))
        {
            return known;
        }
        return Commands.Count < MaxCommandNames ? Commands.GetOrAdd(name, name) : "other";
    }
}
