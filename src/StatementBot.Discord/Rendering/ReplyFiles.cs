using StatementBot.Commands.Replies;
using StatementBot.Discord.Messages;

namespace StatementBot.Discord.Rendering;

/// <summary>
/// A reply's files as one Discord message uploads them, within <see cref="DiscordLimits"/>: at most
/// <see cref="DiscordLimits.AttachmentsPerMessage"/>, each at most <see cref="DiscordLimits.AttachmentBytes"/>, with
/// names an <c>attachment://</c> link can point at (letters, digits, dot, dash and underscore; unique in the message)
/// and descriptions (alt text) cut to <see cref="DiscordLimits.AttachmentDescription"/>.
/// </summary>
public static class ReplyFiles
{
    /// <summary>Long enough for any name a command gives; far under <see cref="DiscordLimits.AttachmentFilename"/>.</summary>
    public const int MaxFileName = 100;

    private static readonly HashSet<string> Pictures = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif", "image/webp" };

    /// <param name="LeftOut">Files that could not go: over the size limit or past the count.</param>
    public sealed record Upload(IReadOnlyList<MessageAttachment> Attachments, IReadOnlyList<MessageFile> Files, int LeftOut)
    {
        /// <summary>The first picture, for the header embed to show (<c>attachment://name</c>); null when there is none.</summary>
        public string? Picture { get; init; }
    }

    public static Upload From(IReadOnlyList<ReplyAttachment> files)
    {
        var attachments = new List<MessageAttachment>();
        var uploads = new List<MessageFile>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? picture = null;
        foreach (var file in files)
        {
            if (uploads.Count == DiscordLimits.AttachmentsPerMessage || file.Content.Length > DiscordLimits.AttachmentBytes)
            {
                continue;
            }

            var name = Unique(SafeName(file.FileName), names);
            var description = string.IsNullOrWhiteSpace(file.Description) ? null : TextTruncation.Truncate(file.Description, DiscordLimits.AttachmentDescription);
            attachments.Add(new MessageAttachment(uploads.Count, name, description));
            uploads.Add(new MessageFile(name, file.ContentType, file.Content));
            picture ??= Pictures.Contains(file.ContentType) ? "attachment://" + name : null;
        }

        return new Upload(attachments, uploads, files.Count - uploads.Count) { Picture = picture };
    }

    /// <summary>The name with every other character as "_", within <see cref="MaxFileName"/>, the extension kept.</summary>
    public static string SafeName(string fileName)
    {
        var safe = new string(fileName.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_').ToArray()).Trim('.');
        if (safe.Length == 0)
        {
            return "file";
        }

        var extension = Path.GetExtension(safe);
        return safe.Length <= MaxFileName ? safe : safe[..(MaxFileName - extension.Length)] + extension;
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var extension = Path.GetExtension(name);
        var stem = name[..^extension.Length];
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = $"{stem}-{n}{extension}";
        }
        return candidate;
    }
}
