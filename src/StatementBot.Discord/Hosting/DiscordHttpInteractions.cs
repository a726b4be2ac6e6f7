using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StatementBot.Discord.Interactions;
using StatementBot.Discord.Security;
using StatementBot.Discord.Serialization;

namespace StatementBot.Discord.Hosting;

/// <summary>
/// The HTTP interactions endpoint (Discord's "Interactions Endpoint URL"): verifies the Ed25519 signature of every
/// request on the raw bytes before reading them, and its timestamp against the clock
/// (<see cref="InteractionTimestamp.Window"/>: five minutes either way), answers PING, and hands every other
/// interaction to the <see cref="InteractionDispatcher"/>, whose first response goes back inline. A missing or bad
/// signature, an altered body, a wrong key or a stale timestamp get 401; oversized bodies 413; malformed ones 400;
/// no answer in time 503 — never 500, and never more than a few plain words in the body.
/// </summary>
public static class DiscordHttpInteractions
{
    /// <summary>Interactions are a few kilobytes; anything past this is not from Discord.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public const string DefaultPattern = "/interactions";

    /// <summary>Maps <c>POST <paramref name="pattern"/></c> to the endpoint.</summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern = DefaultPattern) =>
        endpoints.MapPost(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext context)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordHttpInteractions).FullName!);
        try
        {
            await AnswerAsync(context, receivedAt, logger).ConfigureAwait(false);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            // Nothing below should throw; if something does, the caller gets a short status, the log gets the details.
            logger.LogError(ex, "Failed to answer an interaction request");
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await RejectAsync(context, StatusCodes.Status503ServiceUnavailable, "could not answer").ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException)
        {
            logger.LogDebug("The interaction request was abandoned by the caller");
        }
    }

    private static async Task AnswerAsync(HttpContext context, long receivedAt, ILogger logger)
    {
        var services = context.RequestServices;

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, "request body too large").ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (body is null)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, "request body too large").ConfigureAwait(false);
            return;
        }

        var verifier = services.GetRequiredService<InteractionSignatureVerifier>();
        var signature = context.Request.Headers[InteractionSignatureVerifier.SignatureHeader].ToString();
        var timestamp = context.Request.Headers[InteractionSignatureVerifier.TimestampHeader].ToString();
        if (!verifier.Verify(signature, timestamp, body))
        {
            logger.LogWarning("Rejected an interaction request with a missing or invalid signature from {Remote}", context.Connection.RemoteIpAddress);
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "invalid request signature").ConfigureAwait(false);
            return;
        }

        var now = (services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        if (!InteractionTimestamp.IsFresh(timestamp, now))
        {
            logger.LogWarning("Rejected a signed interaction request whose timestamp is more than {Window} from now (a replay, or a clock far off) from {Remote}",
                InteractionTimestamp.Window, context.Connection.RemoteIpAddress);
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "stale request timestamp").ConfigureAwait(false);
            return;
        }

        if (InteractionParser.Parse(body) is not { } interaction)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "malformed interaction").ConfigureAwait(false);
            return;
        }

        if (interaction.Type == InteractionType.Ping)
        {
            await WriteAsync(context, InteractionResponse.Pong).ConfigureAwait(false);
            return;
        }

        var responder = new InlineInteractionResponder();
        var tracker = services.GetRequiredService<InteractionWorkTracker>();
        var handling = services.GetRequiredService<InteractionDispatcher>().HandleAsync(interaction, responder, receivedAt, tracker.AbortToken);
        tracker.Track(handling);

        var deadline = DiscordLimits.InitialResponseDeadline - Stopwatch.GetElapsedTime(receivedAt);
        await Task.WhenAny(responder.Response, handling, Task.Delay(deadline > TimeSpan.Zero ? deadline : TimeSpan.Zero, context.RequestAborted)).ConfigureAwait(false);
        if (!responder.Response.IsCompletedSuccessfully)
        {
            logger.LogError("No response was ready for {Interaction} {InteractionId} within the deadline", interaction.Describe(), interaction.Id);
            responder.MarkFailed(new TimeoutException("The HTTP request ended before a response was ready."));
            await RejectAsync(context, StatusCodes.Status503ServiceUnavailable, "no response in time").ConfigureAwait(false);
            return;
        }

        try
        {
            await WriteAsync(context, responder.Response.Result).ConfigureAwait(false);
            responder.MarkWritten();
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException)
        {
            responder.MarkFailed(ex);
        }
    }

    /// <summary>The body's bytes, or null when it is longer than <see cref="MaxBodyBytes"/>.</summary>
    /// <remarks>
    /// With a Content-Length (Discord always sends one, and it was checked against the limit) the body is read straight
    /// into an array of that size; without one, through a pooled buffer up to the limit.
    /// </remarks>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared and >= 0)
        {
            var body = new byte[declared];
            var filled = 0;
            int read;
            while (filled < body.Length && (read = await request.Body.ReadAsync(body.AsMemory(filled), cancellationToken).ConfigureAwait(false)) > 0)
            {
                filled += read;
            }

            // The server ends the body at its declared length; a shorter one is what arrived (and fails the signature).
            return filled < body.Length ? body[..filled] : body;
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, InteractionResponse response)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.Body.WriteAsync(DiscordJson.SerializeToUtf8Bytes(response), context.RequestAborted).ConfigureAwait(false);
        await context.Response.CompleteAsync().ConfigureAwait(false);
    }

    private static Task RejectAsync(HttpContext context, int status, string reason)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync(reason, context.RequestAborted);
    }
}
