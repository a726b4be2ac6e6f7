using System.Text.Json;

namespace StatementBot.Feeds;

/// <summary>
/// What the feeds folder remembers, in a small dot-file beside the saved items (the corpus skips dot-files): each
/// feed's validators (ETag, Last-Modified) and the items already saved, by id and by link, so an item is never
/// fetched twice. Written to a temporary name and renamed, so a crash never leaves half a state file.
/// </summary>
public sealed class FeedState
{
    public const string FileName = ".feeds-state.json";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public Dictionary<string, FeedValidators> Feeds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Item ids and links already saved, each with the file it was saved as.</summary>
    public Dictionary<string, string> Items { get; set; } = new(StringComparer.Ordinal);

    public bool Has(FeedItem item) => Items.ContainsKey(item.Key) || (item.Link is { } link && Items.ContainsKey(link));

    public void Remember(FeedItem item, string fileName)
    {
        Items[item.Key] = fileName;
        if (item.Link is { } link)
        {
            Items[link] = fileName;
        }
    }

    /// <summary>The folder's state; an absent or unreadable one is empty (items on disk are then re-checked by name).</summary>
    public static FeedState Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<FeedState>(File.ReadAllText(path), Json) ?? new FeedState() : new FeedState();
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return new FeedState();
        }
    }

    public void Save(string folder) => AtomicFile.Write(Path.Combine(folder, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Json));
}

/// <summary>A feed's cache validators, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record FeedValidators(string? ETag, DateTimeOffset? LastModified);
