using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using StatementBot.Discord.Gateway;

namespace StatementBot.Discord.Telemetry;

/// <summary>Whether the index the bot answers from is open; the host that opened it says.</summary>
public sealed record IndexHealth(Func<bool> IsOpen);

/// <summary>
/// What <c>serve</c> exposes for a service manager and a monitoring system: <c>GET /healthz</c> (200 when the index is
/// open and, in gateway mode, the gateway connected; 503 otherwise) and <c>GET /metrics</c> (Prometheus, from
/// <see cref="BotMetrics"/> through OpenTelemetry).
/// </summary>
public static class BotTelemetry
{
    public const string HealthPath = "/healthz";

    public const string MetricsPath = "/metrics";

    public static IServiceCollection AddBotTelemetry(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(BotMetrics.MeterName).AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapBotTelemetry(this IEndpointRouteBuilder app)
    {
        app.MapGet(HealthPath, (IServiceProvider services) =>
        {
            var index = services.GetService<IndexHealth>()?.IsOpen() ?? false;
            var gateway = services.GetService<DiscordSocketClient>();
            var gatewayState = gateway is null ? "not used" : gateway.IsConnected ? "connected" : "disconnected";
            var healthy = index && gateway?.IsConnected != false;
            return Results.Json(
                new HealthReport(healthy ? "ok" : "unavailable", index ? "open" : "closed", gatewayState),
                statusCode: healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        return app;
    }

    private sealed record HealthReport(
        [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
        [property: System.Text.Json.Serialization.JsonPropertyName("index")] string Index,
        [property: System.Text.Json.Serialization.JsonPropertyName("gateway")] string Gateway);
}
