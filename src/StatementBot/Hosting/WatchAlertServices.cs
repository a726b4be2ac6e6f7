using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StatementBot.Commands.Watch;
using StatementBot.Discord.Alerts;
using StatementBot.Indexing;

namespace StatementBot.Hosting;

/// <summary>Registers /watch's store and the alerts that follow new statements, for the long-running Discord hosts.</summary>
public static class WatchAlertServices
{
    /// <summary>
    /// The watch store beside the index, the dispatcher and Discord's side of alerts. An index folder the store cannot
    /// be opened in (read-only, copied to this machine) leaves alerts off, said in one line on <paramref name="status"/>;
    /// the rest of the bot serves as usual.
    /// </summary>
    public static IServiceCollection AddWatchAlerts(this IServiceCollection services, IndexGate index, TextWriter status)
    {
        var statements = index.Searcher!.Index;
        try
        {
            services.AddSingleton(WatchStore.OpenBeside(statements.Root));
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            status.WriteLine($"Alerts are off: the watch store cannot be opened in {statements.Root} ({e.Message}).");
            return services;
        }

        services.AddSingleton(statements);
        services.AddSingleton(sp => new AlertDispatcher(statements, sp.GetRequiredService<WatchStore>(), sp.GetRequiredService<IAlertChannel>(), TimeProvider.System));
        services.AddDiscordAlerts();
        return services;
    }
}
