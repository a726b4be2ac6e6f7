using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using StatementBot.Commands.Watch;

namespace StatementBot.Discord.Alerts;

public static class AlertServiceCollectionExtensions
{
    /// <summary>
    /// Posting alerts in Discord channels, and the service that scans for them. Expects the REST side
    /// (<c>AddDiscordRest</c>) and, for alerts to run, an <see cref="AlertDispatcher"/> and the index in the container.
    /// </summary>
    public static IServiceCollection AddDiscordAlerts(this IServiceCollection services)
    {
        services.TryAddSingleton<IAlertChannel, DiscordAlertChannel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AlertService>());
        return services;
    }
}
