namespace StatementBot.Discord.Interactions;

/// <summary>
/// The objects an interaction refers to, keyed by snowflake (application-commands.mdx, "Message Commands": the
/// message a message command was used on is in <see cref="Messages"/> under <c>target_id</c>). Only messages are read.
/// </summary>
public sealed record InteractionResolved(IReadOnlyDictionary<string, ResolvedMessage>? Messages = null);
