using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>The gateway faults the soak injects, in turn, on whatever connection is live at the moment.</summary>
public static class GatewayFaultPlan
{
    /// <summary>More heartbeat requests than a connection may answer in a minute, spaced so none is merged with the next: the bot must stay under 120 sends anyway.</summary>
    public const int HeartbeatRequestBurst = 150;

    public const int HeartbeatRequestSpacingMs = 4;

    public static IReadOnlyList<(string Name, GatewayStep Step)> Cycle { get; } =
    [
        ("drop", new GatewayStep.Drop()),
        ("op 7 reconnect", new GatewayStep.Reconnect()),
        ("op 9 resumable", new GatewayStep.InvalidSession(Resumable: true)),
        ("missed heartbeat ACKs", new GatewayStep.StopAcking()),
        ("op 9 not resumable", new GatewayStep.InvalidSession(Resumable: false)),
        ("close 4000", new GatewayStep.Close(4000)),
        ($"{HeartbeatRequestBurst} heartbeat requests", new GatewayStep.RequestHeartbeat(HeartbeatRequestBurst, HeartbeatRequestSpacingMs)),
        ("close 4009", new GatewayStep.Close(4009)),
    ];

    /// <summary>The <paramref name="n"/>th fault (from 0).</summary>
    public static (string Name, GatewayStep Step) Fault(int n) => Cycle[n % Cycle.Count];
}
