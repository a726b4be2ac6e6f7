namespace StatementBot.Commands.Watch;

/// <summary>What one look at the index for new statements did.</summary>
/// <param name="Statements">Statements in the index in use.</param>
/// <param name="New">Of those, the ones never seen before (on the first run: taken as the baseline, nothing posted).</param>
/// <param name="Baseline">The first run: the index's statements were recorded as they are.</param>
/// <param name="Posted">Alert messages posted.</param>
/// <param name="Refused">Alert messages a channel will never take (gone, or closed to the bot); not tried again.</param>
/// <param name="Failed">Alert messages that could not be posted now; their statements are looked at again next time.</param>
/// <param name="Problems">Watches that could not run, and why, in sentences fit for a log.</param>
public sealed record AlertScan(int Statements, int New, bool Baseline, int Posted, int Refused, int Failed, IReadOnlyList<string> Problems);
