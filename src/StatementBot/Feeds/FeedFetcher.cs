using System.Net;
using System.Net.Http.Headers;
using System.Reflection;

namespace StatementBot.Feeds;

/// <summary>
/// Polite HTTP for feeds and their pages: a User-Agent naming the bot and its version, conditional requests with
/// the feed's validators, one request per source at a time (<see cref="SourceGates"/>), a size cap on what is read.
/// Failures are values with a one-line reason, never exceptions.
/// </summary>
public sealed class FeedFetcher(HttpClient http, SourceGates gates)
{
    /// <summary>Pages and feeds larger than this are not read (the corpus reads no file over 8 MB either).</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    public static string UserAgent { get; } =
        $"StatementBot/{typeof(FeedFetcher).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0"} (+https://github.com/statementbot/statementbot)";

    /// <summary>A client for a long-running poller: connections renewed now and then (DNS changes), compressed answers accepted.</summary>
    public static HttpClient CreateClient() => new(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        AutomaticDecompression = DecompressionMethods.All,
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public async Task<FetchResult> GetAsync(Uri url, FeedValidators? validators, TimeSpan timeout, CancellationToken cancellation)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag))
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        if (validators?.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        deadline.CancelAfter(timeout);
        using var gate = await gates.EnterAsync(url, cancellation);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FetchResult(304, null, validators, null);
            }

            if (!response.IsSuccessStatusCode)
            {
                return new FetchResult((int)response.StatusCode, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".Trim());
            }

            var body = await ReadAtMostAsync(response.Content, deadline.Token);
            var next = new FeedValidators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified);
            return body is null
                ? new FetchResult((int)response.StatusCode, null, null, $"larger than {MaxBytes / (1024 * 1024)} MB")
                : new FetchResult((int)response.StatusCode, body, next, null);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return new FetchResult(0, null, null, $"no answer within {timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return new FetchResult(0, null, null, e.Message.ReplaceLineEndings(" "));
        }
    }

    private static async Task<byte[]?> ReadAtMostAsync(HttpContent content, CancellationToken cancellation)
    {
        if (content.Headers.ContentLength > MaxBytes)
        {
            return null;
        }

        await using var stream = await content.ReadAsStreamAsync(cancellation);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>What one request gave: a body (status 2xx), 304 Not Modified, or a one-line problem.</summary>
public sealed record FetchResult(int Status, byte[]? Body, FeedValidators? Validators, string? Problem)
{
    public bool NotModified => Status == 304;
}
