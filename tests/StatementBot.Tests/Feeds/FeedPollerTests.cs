using StatementBot.Feeds;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Feeds;

public sealed class FeedPollerTests
{
    [SharedFact]
    public async Task Poll_FeedWithThreeNewItems_SavesThreeDocumentsTheCorpusReadsWithTitleDateAndUrl()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        var poller = fixture.Poller(feed);
        var announced = new List<SavedFeedItem>();
        poller.ItemsSaved += announced.AddRange;

        var result = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal(FeedOutcome.Saved, result.Outcome);
        Assert.Equal(3, result.Saved.Count);
        Assert.Equal(result.Saved, announced);
        var read = fixture.ReadCorpus();
        Assert.All(read, r => Assert.Null(r.Skipped));
        Assert.Equal(3, read.Count);
        foreach (var original in fixture.Documents)
        {
            var saved = Assert.Single(read, r => r.Document!.Info.Url == fixture.Site.PageUrl(original)).Document!;
            Assert.Equal(original.Info.Title, saved.Info.Title);
            Assert.Equal(original.Info.Date, saved.Info.Date);
            Assert.Equal(original.Paragraphs, saved.Paragraphs);
        }
    }

    [SharedFact]
    public async Task Poll_Again_SendsTheValidatorsGets304AndSavesNothing()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        var poller = fixture.Poller(feed);
        await poller.PollAllAsync(CancellationToken.None);
        var filesBefore = Directory.GetFiles(fixture.FeedsFolder).Order().ToList();
        var requestsBefore = fixture.Site.Requests.Count;

        var second = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal(FeedOutcome.NotModified, second.Outcome);
        Assert.Empty(second.Saved);
        var request = Assert.Single(fixture.Site.Requests.Skip(requestsBefore));
        Assert.Equal("/briefings.rss", request.Path);
        Assert.Equal("\"v1\"", request.IfNoneMatch);
        Assert.Equal(FeedSite.LastModified, DateTimeOffset.Parse(request.IfModifiedSince, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(filesBefore, Directory.GetFiles(fixture.FeedsFolder).Order());
    }

    [SharedFact]
    public async Task Poll_AfterARestartWithTheFeedRepublished_FetchesNoSavedItemAgain()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        await fixture.Poller(feed).PollAllAsync(CancellationToken.None);
        fixture.Site.ETag = "\"v2\"";
        var requestsBefore = fixture.Site.Requests.Count;

        var result = Assert.Single(await fixture.Poller(feed).PollAllAsync(CancellationToken.None));

        Assert.Equal(FeedOutcome.NothingNew, result.Outcome);
        Assert.Equal(["/briefings.rss"], fixture.Site.Requests.Skip(requestsBefore).Select(r => r.Path));
        Assert.Equal(3, fixture.ReadCorpus().Count);
    }

    [SharedFact]
    public async Task Poll_FeedAnswering500_BacksOffDoublingEachTimeUpToTheCap()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        fixture.Site.FeedStatus = 500;
        var poller = fixture.Poller(feed);
        var asked = new List<TimeSpan>();
        var start = fixture.Time.GetUtcNow();

        // Five simulated hours, a minute at a time: the times the site was asked.
        for (var minute = 0; minute <= 300; minute++)
        {
            var before = fixture.Site.Requests.Count;
            var results = await poller.PollDueAsync(CancellationToken.None);
            if (fixture.Site.Requests.Count > before)
            {
                asked.Add(fixture.Time.GetUtcNow() - start);
                Assert.Equal(FeedOutcome.Failed, Assert.Single(results).Outcome);
                Assert.Equal("HTTP 500 Internal Server Error", Assert.Single(results[0].Problems));
            }

            fixture.Time.Advance(TimeSpan.FromMinutes(1));
        }

        // Waits of 30 min, 60 min (the cap), then 60 min again: never once an interval, never past the cap.
        Assert.Equal([0, 30, 90, 150, 210, 270], asked.Select(t => (int)t.TotalMinutes));
        Assert.Empty(fixture.ReadCorpus());
    }

    [SharedFact]
    public async Task Poll_AfterFailures_ASuccessGoesBackToTheInterval()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        fixture.Site.FeedStatus = 503;
        var poller = fixture.Poller(feed);
        await poller.PollDueAsync(CancellationToken.None);
        fixture.Site.FeedStatus = null;

        fixture.Time.Advance(FeedFixture.Interval * 2);
        Assert.Equal(FeedOutcome.Saved, Assert.Single(await poller.PollDueAsync(CancellationToken.None)).Outcome);

        Assert.Equal(fixture.Time.GetUtcNow() + FeedFixture.Interval, poller.NextDue);
    }

    [SharedFact]
    public async Task Poll_TwoFeedsOfOneSite_NeverAskTheSiteTwiceAtOnce()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var first = fixture.Site.Publish("/briefings.rss", fixture.Documents.Take(2));
        var second = fixture.Site.Publish("/statements.rss", fixture.Documents.Skip(2));
        fixture.Site.PageDelay = TimeSpan.FromMilliseconds(100);

        var results = await fixture.Poller(first, second).PollAllAsync(CancellationToken.None);

        Assert.Equal([2, 1], results.Select(r => r.Saved.Count));
        Assert.Equal(5, fixture.Site.Requests.Count);
        Assert.Equal(1, fixture.Site.MaxInFlight);
    }

    [SharedFact]
    public async Task Poll_SendsAUserAgentNamingTheBotAndItsVersion()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);

        await fixture.Poller(feed).PollAllAsync(CancellationToken.None);

        Assert.All(fixture.Site.Requests, r => Assert.Matches(@"^StatementBot/\d+\.\d+", r.UserAgent));
    }

    [SharedFact]
    public async Task Poll_PageMissing_SavesTheOthersAndFetchesItNextTime()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        var missing = fixture.Documents[1];
        fixture.Site.RemovePage(fixture.Site.PageUrl(missing));
        var poller = fixture.Poller(feed);

        var first = Assert.Single(await poller.PollAllAsync(CancellationToken.None));
        fixture.Site.RestorePage(missing);
        var second = Assert.Single(await poller.PollAllAsync(CancellationToken.None));

        Assert.Equal(2, first.Saved.Count);
        Assert.Equal($"page {fixture.Site.PageUrl(missing)}: HTTP 404 Not Found", Assert.Single(first.Problems));
        Assert.Equal(fixture.Site.PageUrl(missing), Assert.Single(second.Saved).Url);
        Assert.Equal(3, fixture.ReadCorpus().Count);
    }

    [SharedFact]
    public async Task Poll_NotAFeed_FailsWithOneLine()
    {
        await using var fixture = await FeedFixture.StartAsync();
        fixture.Site.Raw("/broken.rss", "<html><body>Moved</body>");

        var result = Assert.Single(await fixture.Poller(fixture.Site.BaseUrl + "/broken.rss").PollAllAsync(CancellationToken.None));

        Assert.Equal(FeedOutcome.Failed, result.Outcome);
        Assert.StartsWith("not an RSS or Atom feed", Assert.Single(result.Problems));
        Assert.DoesNotContain('\n', result.Problems[0]);
    }

    [SharedFact]
    public async Task Poll_NoFileIsEverHalfWritten_OnlyWholeDocumentsAndIndexInTheFolder()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);

        await fixture.Poller(feed).PollAllAsync(CancellationToken.None);

        var names = Directory.GetFiles(fixture.FeedsFolder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(5, names.Count);
        Assert.Contains(".feeds-state.json", names);
        Assert.Contains("index.csv", names);
        Assert.DoesNotContain(names, n => n!.EndsWith(".tmp", StringComparison.Ordinal));
    }
}
