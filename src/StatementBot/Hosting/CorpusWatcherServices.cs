using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StatementBot.Indexing;

namespace StatementBot.Hosting;

/// <summary>Registers the <see cref="CorpusWatcher"/> for a long-running host.</summary>
public static class CorpusWatcherServices
{
    /// <summary>
    /// Watches the corpus folders <paramref name="index"/> was opened from and keeps it current. Nothing is registered
    /// when the index is not open.
    /// </summary>
    public static IServiceCollection AddCorpusWatcher(this IServiceCollection services, IndexGate index, Action<CorpusWatchOptions>? configure = null)
    {
        if (index.Index is not { } open || index.Settings is not { } settings)
        {
            return services;
        }

        services.AddOptions<CorpusWatchOptions>().Configure(o => configure?.Invoke(o));
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService(sp => ActivatorUtilities.CreateInstance<CorpusWatcher>(sp, settings, open));
        return services;
    }
}
