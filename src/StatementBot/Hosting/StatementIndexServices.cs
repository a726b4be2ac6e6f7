using Microsoft.Extensions.DependencyInjection;
using StatementBot.Commands.Routing;
using StatementBot.Indexing;
using StatementBot.Search.Querying;

namespace StatementBot.Hosting;

/// <summary>Registers an opened index and the command router over it, for the long-running Discord hosts.</summary>
public static class StatementIndexServices
{
    /// <summary>The searcher and router are singletons: handlers stay cheap, the index stays open.</summary>
    public static IServiceCollection AddStatementIndex(this IServiceCollection services, IndexGate index)
    {
        services.AddSingleton(index.Searcher!);
        services.AddSingleton(index.SpeakerDirectory!);
        services.AddSingleton(sp => CommandSet.CreateRouter(
            sp.GetRequiredService<StatementSearcher>(), sp.GetRequiredService<SpeakerDirectory>(), watches: sp.GetService<StatementBot.Commands.Watch.WatchStore>()));
        services.AddSingleton(new StatementBot.Discord.Telemetry.IndexHealth(() => index.Searcher is not null));
        return services;
    }
}
