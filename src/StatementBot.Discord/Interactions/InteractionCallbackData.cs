using System.Text.Json.Serialization;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Messages;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// A message body (callback data for types 4 and 7, the body of an <c>@original</c> edit or follow-up), or the
/// autocomplete choices for type 8. Absent fields are left out of the JSON.
/// </summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<ActionRow>? Components { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public MessageFlags? Flags { get; init; }

    /// <summary>The files the message uploads, by the <c>n</c> of their part <c>files[n]</c> (see <see cref="Files"/>).</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>The bytes behind <see cref="Attachments"/>, in the same order: a message with files goes as multipart/form-data.</summary>
    [JsonIgnore]
    public IReadOnlyList<MessageFile>? Files { get; init; }

    [JsonIgnore]
    public bool HasFiles => Files is { Count: > 0 };

    /// <summary>Only for autocomplete results (type 8).</summary>
    public IReadOnlyList<ApplicationCommandOptionChoice>? Choices { get; init; }

    [JsonIgnore]
    public bool IsEphemeral => Flags is { } f && f.HasFlag(MessageFlags.Ephemeral);
}
