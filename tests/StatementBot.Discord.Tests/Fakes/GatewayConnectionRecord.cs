using System.Collections.Concurrent;
using System.Text.Json;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>What happened on one gateway connection: where the bot connected, how it opened the session, how it closed.</summary>
public sealed class GatewayConnectionRecord(int number, string path, string query)
{
    public int Number { get; } = number;

    /// <summary>"/gateway" for a fresh connection, "/resume" when the bot used resume_gateway_url.</summary>
    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>The Identify (op 2) or Resume (op 6) payload's <c>d</c>, once received.</summary>
    public JsonElement? Identify { get; set; }

    public JsonElement? Resume { get; set; }

    public int Heartbeats;

    /// <summary>The close code the bot sent, when it closed the connection itself.</summary>
    public int? ClientCloseCode { get; set; }

    public ConcurrentQueue<int> ClientOps { get; } = new();

    /// <summary>When each of the bot's payloads arrived, to count them against Discord's 120 per 60 s.</summary>
    public ConcurrentQueue<DateTimeOffset> SendTimes { get; } = new();

    public override string ToString() =>
        $"#{Number} {Path}{Query} {(Identify is not null ? "identify" : Resume is not null ? "resume" : "-")} close={ClientCloseCode?.ToString() ?? "-"}";
}
