namespace StatementBot.Discord.Commands;

/// <summary>Discord's option types (FACTS §6); the catalog uses String, Integer and Boolean.</summary>
public enum ApplicationCommandOptionType
{
    SubCommand = 1,
    SubCommandGroup = 2,
    String = 3,
    Integer = 4,
    Boolean = 5,
    User = 6,
    Channel = 7,
    Role = 8,
    Mentionable = 9,
    Number = 10,
    Attachment = 11,
}
