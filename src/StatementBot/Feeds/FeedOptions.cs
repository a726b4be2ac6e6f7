using Microsoft.Extensions.Configuration;

namespace StatementBot.Feeds;

/// <summary>
/// Which RSS/Atom feeds to follow and how politely: bound from the <c>Feeds</c> section of appsettings.json
/// (<c>Urls</c>, <c>Interval</c>, <c>Folder</c>, <c>MaxBackoff</c>), with <c>--feed</c> URLs added to the list.
/// </summary>
public sealed class FeedOptions
{
    public const string Section = "Feeds";

    /// <summary>The feeds to poll (absolute http or https URLs).</summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>How long between two polls of one feed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The longest wait after failures: each failure in a row doubles the wait, up to this.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long one request may take.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The corpus folder saved items go to; by default <c>feeds/</c> under the first corpus folder.</summary>
    public string? Folder { get; set; }

    /// <summary>The <c>Feeds</c> section's values, then <paramref name="extraUrls"/> (from the command line) added.</summary>
    public static void Bind(FeedOptions options, IConfiguration configuration, IEnumerable<string> extraUrls, string defaultFolder)
    {
        configuration.GetSection(Section).Bind(options);
        options.Urls = options.Urls.Concat(extraUrls).Where(u => !string.IsNullOrWhiteSpace(u)).Select(u => u.Trim()).Distinct(StringComparer.Ordinal).ToList();
        options.Folder = string.IsNullOrWhiteSpace(options.Folder) ? defaultFolder : Path.GetFullPath(options.Folder);
    }

    /// <summary>The first thing wrong with the settings, as one line; null when they are usable.</summary>
    public string? Problem()
    {
        if (Urls.FirstOrDefault(u => !Uri.TryCreate(u, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) is { } bad)
        {
            return $"Feed URL is not an absolute http(s) address: {bad}";
        }

        if (Interval < TimeSpan.FromSeconds(1) || MaxBackoff < Interval || RequestTimeout <= TimeSpan.Zero)
        {
            return "Feeds: Interval must be at least 1 second, MaxBackoff at least Interval, RequestTimeout positive.";
        }

        return null;
    }
}
