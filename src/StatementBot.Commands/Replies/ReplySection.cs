using StatementBot.Search.Results;

namespace StatementBot.Commands.Replies;

/// <summary>A group of hits under a heading (one per speaker in /compare; one in /quote and /speaker).</summary>
public sealed record ReplySection(string Heading, IReadOnlyList<ReplyField> Facts, IReadOnlyList<StatementHit> Hits);
