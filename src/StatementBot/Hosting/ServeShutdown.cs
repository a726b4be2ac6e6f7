using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StatementBot.Discord.Configuration;

namespace StatementBot.Hosting;

/// <summary>
/// How <c>serve</c> stops: on SIGTERM or SIGINT the host's console lifetime stops it, the connection closes, answers
/// under way get <see cref="Grace"/> to finish, and the whole stop is bounded by <see cref="Timeout"/>, so a service
/// manager sees exit code 0 within 5 seconds.
/// </summary>
public static class ServeShutdown
{
    /// <summary>Discord's own window for the first response: an interaction not answered by then is lost anyway.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(3);

    /// <summary>Everything the host does to stop (close the gateway or Kestrel, wait for answers) fits in this.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(4);

    public static IServiceCollection AddServeShutdown(this IServiceCollection services)
    {
        services.Configure<HostOptions>(o => o.ShutdownTimeout = Timeout);
        services.Configure<DiscordTimings>(t => t.ShutdownGrace = Grace);
        return services;
    }
}
