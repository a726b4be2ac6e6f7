using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace StatementBot.Feeds;

/// <summary>The <c>--feed</c> URLs of a command line and the corpus folders the saved items belong to.</summary>
public sealed record FeedSources(IReadOnlyList<string> Urls, IReadOnlyList<string> CorpusRoots);

public static class FeedServiceCollectionExtensions
{
    /// <summary>The folder saved items go to when the settings name none: <c>feeds/</c> under the first corpus folder.</summary>
    public static string DefaultFolder(IReadOnlyList<string> corpusRoots) => Path.Combine(corpusRoots[0], "feeds");

    /// <summary>
    /// Feeds followed while serving: the <c>Feeds</c> section of the configuration plus the <c>--feed</c> URLs,
    /// checked before the host starts (a bad URL stops it with one line). With no feed at all, nothing is added.
    /// The <see cref="FeedPoller"/> singleton's <see cref="FeedPoller.ItemsSaved"/> event says when new files are saved.
    /// </summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration, FeedSources sources)
    {
        var options = new FeedOptions();
        FeedOptions.Bind(options, configuration, sources.Urls, DefaultFolder(sources.CorpusRoots));
        if (options.Urls.Count == 0)
        {
            return services;
        }

        if (options.Problem() is { } problem)
        {
            throw new OptionsValidationException(FeedOptions.Section, typeof(FeedOptions), [problem]);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<SourceGates>();
        services.TryAddSingleton(sp => new FeedFetcher(FeedFetcher.CreateClient(), sp.GetRequiredService<SourceGates>()));
        services.TryAddSingleton(sp => new FeedPoller(sp.GetRequiredService<FeedFetcher>(), options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FeedPoller>>()));
        services.AddHostedService<FeedService>();
        return services;
    }
}
