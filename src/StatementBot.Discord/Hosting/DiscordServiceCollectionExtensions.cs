using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Components;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Gateway;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Rest;
using StatementBot.Discord.Security;

namespace StatementBot.Discord.Hosting;

/// <summary>
/// One call per way of talking to Discord. Each expects a <c>CommandRouter</c> in the container and binds
/// <see cref="DiscordOptions"/> from configuration, validated when the host starts (a missing or malformed setting
/// stops it with one line naming the variable).
/// </summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>The REST client, the renderer, the interaction dispatcher and the command registrar (what <c>register</c> needs).</summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DiscordOptions>()
            .Configure(o => DiscordOptions.Bind(o, configuration))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.AddOptions<DiscordTimings>();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RestRateLimiter>();
        // The factory's own request logging prints full URLs, which carry interaction tokens; the client logs route templates.
        services.AddHttpClient<DiscordRestClient>(http => http.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
        services.TryAddSingleton<PagingStateStore>();
        services.TryAddSingleton<CustomIds>();
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddSingleton<InteractionDispatcher>();
        // The catalog the router answers is the one registered; `register --dry-run` supplies it without a router.
        services.TryAddSingleton(sp => sp.GetRequiredService<StatementBot.Commands.Routing.CommandRouter>().Catalog);
        services.TryAddSingleton<DiscordCommandRegistrar>();
        services.TryAddSingleton<DiscordRunStatus>();
        services.TryAddSingleton<InteractionWorkTracker>();
        // Registered before the gateway service, so it stops after it: the connection closes, then answers finish.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InteractionWorkTracker>(sp => sp.GetRequiredService<InteractionWorkTracker>()));

        return services;
    }

    /// <summary>For <c>register</c>: the REST side, with the token required.</summary>
    public static IServiceCollection AddDiscordRegistration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest(configuration);
        services.AddSingleton<IValidateOptions<DiscordOptions>>(DiscordRequirementValidator.Token("registering commands"));
        return services;
    }

    /// <summary>For <c>serve</c>: the gateway connection as a hosted service (needs <c>DISCORD_TOKEN</c>).</summary>
    public static IServiceCollection AddDiscordGateway(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest(configuration);
        services.AddSingleton<IValidateOptions<DiscordOptions>>(DiscordRequirementValidator.Token("the gateway"));
        services.TryAddSingleton<DiscordSocketClient>();
        services.TryAddSingleton<RestInteractionResponder>();
        services.AddHostedService<DiscordGatewayService>();
        return services;
    }

    /// <summary>
    /// For <c>serve --http</c>: the signature verifier and dispatcher behind <see cref="DiscordHttpInteractions.MapDiscordInteractions"/>
    /// (needs <c>DISCORD_PUBLIC_KEY</c>; the token is optional, since edits after a deferral use the interaction token).
    /// </summary>
    public static IServiceCollection AddDiscordHttpInteractions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest(configuration);
        services.AddSingleton<IValidateOptions<DiscordOptions>>(DiscordRequirementValidator.PublicKey("the HTTP interactions endpoint"));
        services.TryAddSingleton(sp =>
            InteractionSignatureVerifier.TryCreate(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey ?? "", out var verifier)
                ? verifier
                : throw new OptionsValidationException(nameof(DiscordOptions), typeof(DiscordOptions), ["DISCORD_PUBLIC_KEY is not a valid Ed25519 public key."]));
        return services;
    }
}
