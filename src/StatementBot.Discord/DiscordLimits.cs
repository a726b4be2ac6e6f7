namespace StatementBot.Discord;

/// <summary>
/// Every Discord limit the bot must respect, in one place (FACTS.md §4–§8). The renderer truncates against these
/// numbers, the registrar checks commands against them, and the tests assert every message stays inside them.
/// </summary>
public static class DiscordLimits
{
    // Messages (FACTS §5).
    public const int MessageContent = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTitle = 256;
    public const int EmbedDescription = 4096;
    public const int EmbedFields = 25;
    public const int EmbedFieldName = 256;
    public const int EmbedFieldValue = 1024;
    public const int EmbedFooterText = 2048;
    public const int EmbedAuthorName = 256;

    /// <summary>Title + description + field names and values + footer + author, across all embeds of one message.</summary>
    public const int EmbedTotalCharacters = 6000;

    public const int EmbedUrl = 2048;
    public const int EmbedColorMax = 0xFFFFFF;

    // Attachments (reference.mdx "Uploading Files"; the spec's attachments maxItems and MessageAttachmentRequest).
    public const int AttachmentsPerMessage = 10;

    /// <summary>
    /// 10 MiB per file: the upload limit for every user and server. An interaction's <c>attachment_size_limit</c> may be
    /// higher (Nitro, boosts), never lower, so a file within this is always accepted.
    /// </summary>
    public const int AttachmentBytes = 10 * 1024 * 1024;

    public const int AttachmentFilename = 1024;
    public const int AttachmentDescription = 1024;

    // Components (FACTS §5).
    public const int ActionRowsPerMessage = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
    public const int ButtonUrl = 512;

    // Application commands (FACTS §6).
    public const int CommandName = 32;
    public const int CommandDescription = 100;
    public const int OptionsPerCommand = 25;
    public const int ChoicesPerOption = 25;
    public const int ChoiceName = 100;
    public const int ChoiceValue = 100;
    public const int CommandTotalCharacters = 8000;
    public const int GlobalChatInputCommands = 100;
    public const int MessageCommands = 15;

    // Interactions (FACTS §2, §4).
    public const int AutocompleteChoices = 25;
    public static readonly TimeSpan InitialResponseDeadline = TimeSpan.FromSeconds(3);
    public static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

    // Gateway (FACTS §7).
    public const int GatewayPayloadBytes = 4096;
    public const int GatewayEventsPerWindow = 120;
    public static readonly TimeSpan GatewayEventWindow = TimeSpan.FromSeconds(60);

    /// <summary>Sends kept free in every window for heartbeats, as Discord.Net does.</summary>
    public const int GatewayHeartbeatReserve = 3;
}
