using StatementBot.Tests.Cli;
using StatementBot.TestSupport;

namespace StatementBot.Tests.Feeds;

public sealed class FeedsVerbTests
{
    [SharedFact]
    public async Task FeedsPoll_NewItems_PrintsEachSavedFileAndThenNothingNew()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);

        var first = await Task.Run(() => CliRun.Of("feeds", "poll", "--feed", feed, "--corpus", fixture.Corpus));
        var second = await Task.Run(() => CliRun.Of("feeds", "poll", "--feed", feed, "--corpus", fixture.Corpus));

        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"{feed}: 3 new item(s)", first.Output);
        Assert.All(fixture.Documents, d => Assert.Contains($"{d.Info.Date:yyyy-MM-dd}  {d.Info.Title}  {fixture.Site.PageUrl(d)}", first.Output));
        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"{feed}: not modified since the last poll", second.Output.Trim());
    }

    [Fact]
    public void FeedsPoll_NotAUrl_IsOneLineAndAnErrorCode()
    {
        var run = CliRun.Of("feeds", "poll", "--feed", "briefings.rss");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Equal("Feed URL is not an absolute http(s) address: briefings.rss", run.Status.Trim().Replace("Error: ", "", StringComparison.Ordinal));
    }

    [SharedFact]
    public async Task FeedsPoll_SiteDown_SaysWhichFeedFailedAndExitsWithOne()
    {
        await using var fixture = await FeedFixture.StartAsync();
        var feed = fixture.Site.Publish("/briefings.rss", fixture.Documents);
        fixture.Site.FeedStatus = 500;

        var run = await Task.Run(() => CliRun.Of("feeds", "poll", "--feed", feed, "--corpus", fixture.Corpus));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"{feed}: failed", run.Output.Trim());
        Assert.Equal("HTTP 500 Internal Server Error", run.Status.Trim());
    }
}
