namespace StatementBot.Feeds;

/// <summary>One entry of a feed: its id (or link, when it has none), the page it points to, its title and date.</summary>
public sealed record FeedItem(string Key, string? Link, string Title, DateTimeOffset? Published);
