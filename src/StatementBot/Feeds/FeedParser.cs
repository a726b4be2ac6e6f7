using System.ServiceModel.Syndication;
using System.Xml;

namespace StatementBot.Feeds;

/// <summary>RSS 2.0 and Atom 1.0 documents into <see cref="FeedItem"/>s (System.ServiceModel.Syndication).</summary>
public static class FeedParser
{
    /// <returns>The items in the feed's order, or null with <paramref name="problem"/> set when it is not a feed.</returns>
    public static IReadOnlyList<FeedItem>? Parse(byte[] xml, Uri feedUrl, out string problem)
    {
        problem = "";
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(xml), settings);
            var feed = SyndicationFeed.Load(reader);
            return feed.Items.Select(item => ToItem(item, feedUrl)).OfType<FeedItem>().ToList();
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            problem = "not an RSS or Atom feed: " + e.Message.ReplaceLineEndings(" ");
            return null;
        }
    }

    private static FeedItem? ToItem(SyndicationItem item, Uri feedUrl)
    {
        var link = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.GetAbsoluteUri()
            ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUri) && idUri.Scheme is "http" or "https" ? idUri : null);
        var absolute = link is null ? null : link.IsAbsoluteUri ? link : new Uri(feedUrl, link);
        var key = string.IsNullOrWhiteSpace(item.Id) ? absolute?.AbsoluteUri : item.Id.Trim();
        if (key is null)
        {
            return null;
        }

        var published = item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime != default ? item.LastUpdatedTime : (DateTimeOffset?)null;
        return new FeedItem(key, absolute?.AbsoluteUri, item.Title?.Text?.Trim() ?? "", published);
    }
}
