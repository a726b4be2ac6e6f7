namespace StatementBot.Discord.Messages;

/// <summary>
/// A message's <c>attachments</c> entry for a new file: its <c>id</c> is the <c>n</c> of the multipart part
/// <c>files[n]</c> that carries the bytes, with the file name and the description screen readers read out.
/// </summary>
public sealed record MessageAttachment(int Id, string Filename, string? Description);
