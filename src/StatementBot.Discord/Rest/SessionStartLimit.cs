namespace StatementBot.Discord.Rest;

/// <summary>How many Identify calls are left, when the count resets (ms), and how many may run per 5 s.</summary>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
