using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using StatementBot.Feeds;

namespace StatementBot.Cli;

/// <summary>
/// <c>feeds poll --feed URL [--corpus DIR]</c>: polls the feeds once (the given ones and the Feeds section of
/// appsettings.json), saves new items into the corpus and prints what it saved. Exit code 1 when a feed failed.
/// </summary>
public static class FeedsVerb
{
    public static Option<string[]> FeedOption(string description) => new("--feed")
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "URL",
    };

    public static Command Create(Terminal terminal, GlobalOptions global)
    {
        var feed = FeedOption("An RSS or Atom feed to poll (repeatable)");
        var poll = new Command("poll", "Poll the feeds once and save their new items into the corpus (for cron and tests)") { feed };
        poll.SetAction((parse, cancellation) => PollAsync(terminal, global.Settings(parse).CorpusRoots, parse.GetValue(feed) ?? [], cancellation));
        return new Command("feeds", "Follow RSS and Atom feeds into the corpus") { poll };
    }

    private static async Task<int> PollAsync(Terminal terminal, IReadOnlyList<string> corpusRoots, string[] urls, CancellationToken cancellation)
    {
        var options = new FeedOptions();
        // The same sources serve reads: appsettings.json in the working folder, then the environment (Feeds__Urls__0=...).
        var configuration = new ConfigurationBuilder().SetBasePath(Environment.CurrentDirectory).AddJsonFile("appsettings.json", optional: true).AddEnvironmentVariables().Build();
        FeedOptions.Bind(options, configuration, urls, FeedServiceCollectionExtensions.DefaultFolder(corpusRoots));
        if (options.Urls.Count == 0)
        {
            return terminal.Fail("No feed to poll: pass --feed URL (or list feeds under Feeds:Urls in appsettings.json).", json: false);
        }

        if (options.Problem() is { } problem)
        {
            return terminal.Fail(problem, json: false);
        }

        using var http = FeedFetcher.CreateClient();
        var poller = new FeedPoller(new FeedFetcher(http, new SourceGates()), options, TimeProvider.System, NullLogger<FeedPoller>.Instance);
        var results = await poller.PollAllAsync(cancellation);
        foreach (var result in results)
        {
            terminal.Output.WriteLine(result.Outcome switch
            {
                FeedOutcome.Saved => $"{result.Feed}: {result.Saved.Count} new item(s)",
                FeedOutcome.NothingNew => $"{result.Feed}: nothing new",
                FeedOutcome.NotModified => $"{result.Feed}: not modified since the last poll",
                _ => $"{result.Feed}: failed",
            });
            foreach (var saved in result.Saved)
            {
                terminal.Output.WriteLine($"  saved {Path.GetRelativePath(Environment.CurrentDirectory, saved.Path)}  {saved.Date?.ToString("yyyy-MM-dd") ?? "(no date)"}  {saved.Title}  {saved.Url}");
            }

            foreach (var line in result.Problems)
            {
                terminal.Status.WriteLine($"  {line}");
            }
        }

        return results.Any(r => r.Outcome == FeedOutcome.Failed || r.Problems.Count > 0) ? 1 : 0;
    }
}
