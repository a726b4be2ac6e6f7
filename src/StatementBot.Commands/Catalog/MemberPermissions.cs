namespace StatementBot.Commands.Catalog;

/// <summary>
/// What a member of a server may do there, as far as the commands care; each front end reads its own form of it
/// (Discord's permission bits) into these.
/// </summary>
[Flags]
public enum MemberPermissions
{
    None = 0,

    /// <summary>May change the server's channels: what setting up alerts in a channel asks for.</summary>
    ManageChannels = 1,

    /// <summary>May do anything in the server, so also whatever a command requires.</summary>
    Administrator = 2,
}
