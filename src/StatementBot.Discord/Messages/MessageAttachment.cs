namespace StatementBot.Discord.Messages;

/// <summary>
/// A message's <c>attachments</c> entry for a new file: its <c>id</c> is the <c>n</c> of the multipart part
/// <c>files[n]</c> that carries the bytes, with the file name and the description screen readers read out. The id is
/// written as a string: the docs take "snowflake or number", the spec a snowflake, which is a JSON string.
/// </summary>
public sealed record MessageAttachment(string Id, string Filename, string? Description)
{
    public MessageAttachment(int n, string filename, string? description)
        : this(n.ToString(System.Globalization.CultureInfo.InvariantCulture), filename, description)
    {
    }
}
