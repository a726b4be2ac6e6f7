namespace StatementBot.Discord.Commands;

/// <summary>
/// Where an app's command can be installed (Discord's application integration types, application.mdx): to a server,
/// for everyone in it, or to a user's own account, so that they can use it in any server, DM or group they are in.
/// </summary>
public enum InstallTarget
{
    GuildInstall = 0,
    UserInstall = 1,
}
