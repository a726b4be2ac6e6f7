using System.Collections.Concurrent;
using System.Net;
using System.Security;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StatementBot.Corpus.Documents;

namespace StatementBot.Tests.Feeds;

/// <summary>
/// A news site on 127.0.0.1 for feed tests: RSS feeds listing pages made from corpus documents, each page a minimal
/// HTML article. Feeds carry an ETag and Last-Modified and answer 304 to a request that sends them back; a feed can
/// be made to fail with a status. Every request is recorded, and how many were in flight at once.
/// </summary>
public sealed class FeedSite : IAsyncDisposable
{
    public static readonly DateTimeOffset LastModified = new(2021, 1, 22, 12, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, string> _feeds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SourceDocument> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SiteRequest> _requests = new();
    private int _inFlight;
    private int _maxInFlight;

    private FeedSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    /// <summary>When set, feeds answer this status instead of the feed.</summary>
    public int? FeedStatus { get; set; }

    /// <summary>The ETag feeds carry; change it to play a feed that was republished.</summary>
    public string ETag { get; set; } = "\"v1\"";

    /// <summary>How long a page takes to answer (so overlapping requests would show).</summary>
    public TimeSpan PageDelay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<SiteRequest> Requests => _requests.ToArray();

    public int MaxInFlight => _maxInFlight;

    public static async Task<FeedSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new FeedSite(app);
        app.Map("/{**path}", site.AnswerAsync);
        await app.StartAsync();
        site.BaseUrl = app.Urls.Single().TrimEnd('/');
        return site;
    }

    /// <summary>Publishes the documents as pages and an RSS feed at <paramref name="feedPath"/> listing them.</summary>
    public string Publish(string feedPath, IEnumerable<SourceDocument> documents)
    {
        var items = new StringBuilder();
        foreach (var document in documents)
        {
            var page = "/pages/" + Path.GetFileNameWithoutExtension(document.Info.Path) + ".html";
            _pages[page] = document;
            var date = (document.Info.Date ?? new DateOnly(2021, 1, 1)).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
            items.Append($"<item><title>{Escape(document.Info.Title)}</title><link>{BaseUrl}{page}</link><guid isPermaLink=\"false\">item:{page}</guid><pubDate>{date:R}</pubDate></item>");
        }

        _feeds[feedPath] = $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Fictional Newsroom</title><link>{BaseUrl}/</link><description>Test feed</description>{items}</channel></rss>";
        return BaseUrl + feedPath;
    }

    /// <summary>The URL a page of <paramref name="document"/> is served at.</summary>
    public string PageUrl(SourceDocument document) => $"{BaseUrl}/pages/{Path.GetFileNameWithoutExtension(document.Info.Path)}.html";

    /// <summary>Serves <paramref name="body"/> as-is at <paramref name="path"/> (a broken feed).</summary>
    public void Raw(string path, string body) => _feeds[path] = body;

    public void RemovePage(string url) => _pages.TryRemove(new Uri(url).AbsolutePath, out _);

    public void RestorePage(SourceDocument document) => _pages[new Uri(PageUrl(document)).AbsolutePath] = document;

    private async Task AnswerAsync(HttpContext context)
    {
        var now = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, now);
        try
        {
            var request = context.Request;
            _requests.Enqueue(new SiteRequest(request.Path, request.Headers.UserAgent.ToString(), request.Headers.IfNoneMatch.ToString(), request.Headers.IfModifiedSince.ToString()));
            if (_feeds.TryGetValue(request.Path, out var feed))
            {
                await FeedAsync(context, feed);
            }
            else if (_pages.TryGetValue(request.Path, out var document))
            {
                await Task.Delay(PageDelay);
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(Html(document));
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task FeedAsync(HttpContext context, string feed)
    {
        if (FeedStatus is { } status)
        {
            context.Response.StatusCode = status;
            return;
        }

        context.Response.Headers.ETag = ETag;
        context.Response.Headers.LastModified = LastModified.ToString("R");
        if (context.Request.Headers.IfNoneMatch.ToString() == ETag)
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotModified;
            return;
        }

        context.Response.ContentType = "application/rss+xml; charset=utf-8";
        await context.Response.WriteAsync(feed);
    }

    /// <summary>A minimal article page: the title, a menu that is not the article, the paragraphs.</summary>
    private static string Html(SourceDocument document) =>
        $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{Escape(document.Info.Title)}</title></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/about\">About</a></nav><article>"
        + string.Concat(document.Paragraphs.Select(p => $"<p>{Escape(p)}</p>"))
        + "</article></body></html>";

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

/// <summary>One request the site received: its path and the headers a polite poller sends.</summary>
public sealed record SiteRequest(string Path, string UserAgent, string IfNoneMatch, string IfModifiedSince);
