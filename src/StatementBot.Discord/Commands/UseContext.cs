namespace StatementBot.Discord.Commands;

/// <summary>
/// Where a command can be used (Discord's interaction context types, receiving-and-responding.mdx): a server channel,
/// the bot's DM, or another DM or group DM (meaningful for user installs only).
/// </summary>
public enum UseContext
{
    Guild = 0,
    BotDm = 1,
    PrivateChannel = 2,
}
