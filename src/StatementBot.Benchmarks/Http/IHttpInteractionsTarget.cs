using StatementBot.Commands.Routing;

namespace StatementBot.Benchmarks.Http;

/// <summary>
/// The seam for the HTTP-interactions figure (signed request → verified → searched → rendered → response, on
/// loopback). An implementation turns a request into a signed Discord interaction, posts it to the bot's endpoint
/// and completes when the response has been read; <see cref="HttpInteractionsBench"/> times it at 32 concurrent
/// requests. The host supplies one when the Discord project provides the endpoint; without one the figure is
/// reported as not measured.
/// </summary>
public interface IHttpInteractionsTarget : IAsyncDisposable
{
    /// <summary>What is measured, for the report (e.g. "Kestrel on 127.0.0.1:5123, Ed25519-signed").</summary>
    string Description { get; }

    /// <summary>Sends one interaction for <paramref name="request"/> and reads the whole response; throws if it failed.</summary>
    Task SendAsync(CommandRequest request, CancellationToken cancellationToken);
}
