using System.Text.Json.Nodes;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>
/// One gateway session as Discord keeps it: its numbered events (replayed on resume), whether it can still be
/// resumed, and the connection carrying it now. Sends on the session go one at a time (<see cref="Sending"/>), so an
/// event is either in the replay a resume gets or sent on the connection that resumed — never lost between the two.
/// </summary>
internal sealed class FakeSession(string id)
{
    private readonly List<(long Seq, string Type, string Json)> _events = [];
    private long _seq;

    public string Id { get; } = id;

    public bool Invalid { get; set; }

    public SemaphoreSlim Sending { get; } = new(1, 1);

    /// <summary>The connection the session is established on (READY or RESUMED sent), or null between connections.</summary>
    public FakeGatewayConnection? Live { get; set; }

    public (long Seq, string Json) Next(string type, JsonNode data)
    {
        lock (_events)
        {
            var seq = ++_seq;
            var json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = type, ["d"] = data }.ToJsonString();
            _events.Add((seq, type, json));
            return (seq, json);
        }
    }

    /// <summary>
    /// What a resume from <paramref name="seq"/> gets: every event after it, preceded by the last
    /// <paramref name="overlap"/> interactions the bot already had (Discord may deliver an event twice).
    /// </summary>
    public IReadOnlyList<string> Replay(long seq, int overlap)
    {
        lock (_events)
        {
            var again = _events.Where(e => e.Seq <= seq && e.Type == "INTERACTION_CREATE").TakeLast(overlap);
            return again.Concat(_events.Where(e => e.Seq > seq)).Select(e => e.Json).ToArray();
        }
    }
}
