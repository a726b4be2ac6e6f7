namespace StatementBot.Discord.Messages;

public enum ButtonStyle
{
    Primary = 1,
    Secondary = 2,
    Success = 3,
    Danger = 4,

    /// <summary>Opens <c>url</c>; carries no custom id and sends no interaction.</summary>
    Link = 5,
}
