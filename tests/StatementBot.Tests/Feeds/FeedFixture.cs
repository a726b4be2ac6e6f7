using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.Feeds;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Feeds;

/// <summary>
/// The feed site serving three Wikinews articles (read from the shared corpus at run time), a corpus folder of its
/// own, and a poller on a fake clock, made again from the same folder when a test plays a restart.
/// </summary>
public sealed class FeedFixture : IAsyncDisposable
{
    public static readonly string[] Articles =
    [
        "2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.txt",
        "2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt",
        "2019-01-05-escape-room-fire-kills-five-teen-girls-in-koszalin-poland.txt",
    ];

    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromHours(1);

    private readonly HttpClient _http = FeedFetcher.CreateClient();

    private FeedFixture(FeedSite site, IReadOnlyList<SourceDocument> documents, string corpus)
    {
        Site = site;
        Documents = documents;
        Corpus = corpus;
    }

    public FeedSite Site { get; }

    public IReadOnlyList<SourceDocument> Documents { get; }

    /// <summary>The corpus folder; saved items go to its <c>feeds/</c> folder.</summary>
    public string Corpus { get; }

    public string FeedsFolder => Path.Combine(Corpus, "feeds");

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2021, 1, 22, 9, 0, 0, TimeSpan.Zero));

    public static async Task<FeedFixture> StartAsync()
    {
        var documents = Articles.Select(file =>
        {
            var path = Path.Combine(SharedData.Corpora, "wikinews", file);
            return new PlainTextReader().Read(path, File.ReadAllText(path)).Document ?? throw new InvalidOperationException($"{file} was not read");
        }).ToList();
        var corpus = Path.Combine(Path.GetTempPath(), "statementbot-feeds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(corpus);
        return new FeedFixture(await FeedSite.StartAsync(), documents, corpus);
    }

    public FeedPoller Poller(params string[] feeds) => new(
        new FeedFetcher(_http, new SourceGates()),
        new FeedOptions { Urls = [.. feeds], Interval = Interval, MaxBackoff = MaxBackoff, Folder = FeedsFolder },
        Time,
        NullLogger<FeedPoller>.Instance);

    /// <summary>The documents in the feeds folder, read as the corpus reader reads any corpus folder.</summary>
    public IReadOnlyList<ReadResult> ReadCorpus()
    {
        var reader = new CorpusReader();
        return CorpusReader.EnumerateFiles([Corpus]).Select(reader.Read).ToList();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Site.DisposeAsync();
        Directory.Delete(Corpus, recursive: true);
    }
}
