using System.Diagnostics;
using System.Net.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StatementBot.Commands.Replies;
using StatementBot.Commands.Export;
using StatementBot.Commands.Routing;
using StatementBot.Discord.Commands;
using StatementBot.Discord.Components;
using StatementBot.Discord.Configuration;
using StatementBot.Discord.Messages;
using StatementBot.Discord.Rendering;
using StatementBot.Discord.Rest;

namespace StatementBot.Discord.Interactions;

/// <summary>
/// The one place every interaction goes through, whichever way it arrived: it runs the command through the
/// <see cref="CommandRouter"/>, answers within Discord's 3-second window (deferring and then editing
/// <c>@original</c> when the work takes longer than <see cref="DiscordOptions.DeferAfter"/>), turns user errors and
/// failures into private messages, handles Discord's 10062/40060 answers, and logs how long each answer took.
/// It never throws: every failure ends in a log line.
/// </summary>
public sealed class InteractionDispatcher(
    CommandRouter router,
    ReplyRenderer renderer,
    CustomIds customIds,
    DiscordRestClient rest,
    IOptions<DiscordOptions> options,
    ILogger<InteractionDispatcher> logger)
{
    public const string ExpiredMessage = "These results have expired. Run the command again for fresh ones.";
    public const string FailureMessage = "Something went wrong while answering. It has been logged; please try again.";
    public const string UnsupportedMessage = "This bot does not handle that kind of interaction.";

    private readonly TimeSpan _deferAfter = options.Value.DeferAfter;
    private readonly SemaphoreSlim _applicationIdLock = new(1, 1);
    private string? _applicationId = options.Value.ApplicationId;

    /// <param name="receivedAt">A <see cref="Stopwatch"/> timestamp of when the interaction arrived; the deadline counts from it.</param>
    public async Task HandleAsync(DiscordInteraction interaction, IInteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        try
        {
            var outcome = await DispatchAsync(interaction, responder, receivedAt, cancellationToken).ConfigureAwait(false);
            var elapsed = Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds;
            logger.LogInformation("Answered {Interaction} {InteractionId} from {User} in {ElapsedMs} ms ({Outcome})",
                interaction.Describe(), interaction.Id, interaction.Invoker?.Id ?? "unknown", (int)elapsed, outcome);
            Telemetry.BotMetrics.Interaction(interaction.Describe(), outcome, elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogInformation("Stopped answering {Interaction} {InteractionId}: shutting down", interaction.Describe(), interaction.Id);
        }
        catch (DiscordHttpException ex) when (ex.Code == DiscordErrorCode.UnknownInteraction)
        {
            logger.LogWarning("{Interaction} {InteractionId} expired before it was answered ({ElapsedMs} ms after it arrived; Discord error 10062)",
                interaction.Describe(), interaction.Id, (int)Stopwatch.GetElapsedTime(receivedAt).TotalMilliseconds);
        }
        catch (Exception ex) when (ex is DiscordHttpException or HttpRequestException or TimeoutException or TaskCanceledException)
        {
            logger.LogError("Could not answer {Interaction} {InteractionId}: {Error}", interaction.Describe(), interaction.Id, ex.Message);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Failed to answer {Interaction} {InteractionId}", interaction.Describe(), interaction.Id);
        }
    }

    private async Task<string> DispatchAsync(DiscordInteraction interaction, IInteractionResponder responder, long receivedAt, CancellationToken cancellationToken)
    {
        switch (interaction.Type)
        {
            case InteractionType.Ping:
                await responder.RespondAsync(interaction, InteractionResponse.Pong, cancellationToken).ConfigureAwait(false);
                return "pong";

            case InteractionType.ApplicationCommandAutocomplete:
                await responder.RespondAsync(interaction, Autocomplete(interaction), cancellationToken).ConfigureAwait(false);
                return "autocomplete";

            case InteractionType.ApplicationCommand when InteractionRequestMapper.ToRequest(interaction) is { } request:
                return await RunAsync(interaction, responder, Answer(request), ReplyMode.NewMessage, receivedAt, cancellationToken).ConfigureAwait(false);

            case InteractionType.MessageComponent:
                var action = customIds.Decode(interaction.Data?.CustomId);
                var pressed = action.Request is { } decoded ? decoded with { Caller = InteractionRequestMapper.CallerOf(interaction) } : null;
                return action.Kind switch
                {
                    ComponentActionKind.Page => await RunAsync(interaction, responder, Answer(pressed!), ReplyMode.UpdateMessage, receivedAt, cancellationToken).ConfigureAwait(false),
                    ComponentActionKind.Context => await RunAsync(interaction, responder, Answer(pressed!), ReplyMode.PrivateMessage, receivedAt, cancellationToken).ConfigureAwait(false),
                    ComponentActionKind.Export => await RunAsync(interaction, responder, Exported(pressed!), ReplyMode.PrivateMessage, receivedAt, cancellationToken).ConfigureAwait(false),
                    _ => await NoticeAsync(interaction, responder, ExpiredMessage, cancellationToken).ConfigureAwait(false),
                };

            default:
                return await NoticeAsync(interaction, responder, UnsupportedMessage, cancellationToken).ConfigureAwait(false);
        }
    }

    private InteractionResponse Autocomplete(DiscordInteraction interaction)
    {
        var focused = InteractionRequestMapper.FocusedOption(interaction);
        var choices = focused is null || interaction.Data?.Name is not { } command
            ? []
            : router.Autocomplete(command, focused.Name, focused.ValueText ?? "", InteractionRequestMapper.SubcommandOf(interaction))
                .Where(c => c.Value.Length is > 0 and <= DiscordLimits.ChoiceValue)
                .Take(DiscordLimits.AutocompleteChoices)
                .Select(c => ApplicationCommandOptionChoice.Text(TextTruncation.Truncate(c.Name, DiscordLimits.ChoiceName), c.Value))
                .ToArray();
        return new InteractionResponse(InteractionCallbackType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices });
    }

    private async Task<string> NoticeAsync(DiscordInteraction interaction, IInteractionResponder responder, string text, CancellationToken cancellationToken)
    {
        var response = new InteractionResponse(InteractionCallbackType.ChannelMessageWithSource, ReplyRenderer.Notice(text));
        await responder.RespondAsync(interaction, response, cancellationToken).ConfigureAwait(false);
        return "notice";
    }

    private async Task<string> RunAsync(
        DiscordInteraction interaction, IInteractionResponder responder, (CommandRequest Request, Func<Reply> Run) answer, ReplyMode mode, long receivedAt, CancellationToken cancellationToken)
    {
        // On the thread pool, off the caller's thread. A search takes milliseconds; a thread of its own per interaction
        // (LongRunning) cost more under load than it protected the defer timer: `statementbot bench` on the seed
        // corpus measured p99 172 ms at 32 concurrent HTTP requests with it, 39 ms without.
        var work = Task.Run(() => Safely(answer.Request, answer.Run), cancellationToken);
        var remaining = _deferAfter - Elapsed(interaction, receivedAt);
        if (remaining > TimeSpan.Zero)
        {
            await Task.WhenAny(work, Task.Delay(remaining, cancellationToken)).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (work.IsCompletedSuccessfully && (responder.CarriesFiles || work.Result.Files.Count == 0))
        {
            var message = Message(await work.ConfigureAwait(false), mode, out var type);
            try
            {
                await responder.RespondAsync(interaction, new InteractionResponse(type, message), cancellationToken).ConfigureAwait(false);
                return "answered";
            }
            catch (DiscordHttpException ex) when (ex.Code == DiscordErrorCode.InteractionAlreadyAcknowledged)
            {
                // An earlier attempt got through after all: the response exists, so bring it up to date instead.
                await rest.ModifyOriginalResponseAsync(await ApplicationIdAsync(interaction, cancellationToken).ConfigureAwait(false), interaction.Token, ForEdit(message), cancellationToken).ConfigureAwait(false);
                return "already acknowledged; edited @original";
            }
        }

        var deferral = mode switch
        {
            ReplyMode.UpdateMessage => new InteractionResponse(InteractionCallbackType.DeferredUpdateMessage),
            ReplyMode.PrivateMessage => new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource, new InteractionCallbackData { Flags = MessageFlags.Ephemeral }),
            _ => new InteractionResponse(InteractionCallbackType.DeferredChannelMessageWithSource),
        };
        try
        {
            await responder.RespondAsync(interaction, deferral, cancellationToken).ConfigureAwait(false);
            Telemetry.BotMetrics.Deferred();
        }
        catch (DiscordHttpException ex) when (ex.Code == DiscordErrorCode.InteractionAlreadyAcknowledged)
        {
            logger.LogDebug("Deferral of {InteractionId} was already acknowledged; continuing with the edit", interaction.Id);
        }

        var reply = await work.ConfigureAwait(false);
        var final = Message(reply, mode, out _);
        var applicationId = await ApplicationIdAsync(interaction, cancellationToken).ConfigureAwait(false);
        if (reply.IsError && mode == ReplyMode.NewMessage)
        {
            // The deferred "thinking…" message is public; an error belongs only to the asker.
            await rest.DeleteOriginalResponseAsync(applicationId, interaction.Token, cancellationToken).ConfigureAwait(false);
            await rest.CreateFollowupAsync(applicationId, interaction.Token, final, cancellationToken).ConfigureAwait(false);
            return "deferred; error sent privately";
        }

        if (reply.IsError && mode == ReplyMode.UpdateMessage)
        {
            await rest.CreateFollowupAsync(applicationId, interaction.Token, final, cancellationToken).ConfigureAwait(false);
            return "deferred; error sent privately";
        }

        await rest.ModifyOriginalResponseAsync(applicationId, interaction.Token, ForEdit(final), cancellationToken).ConfigureAwait(false);
        return "deferred; edited @original";
    }

    /// <summary>
    /// The application id for the webhook routes of an edit or follow-up: the interaction's own, else the configured
    /// one, else asked of Discord once (Discord's documented examples do not always carry <c>application_id</c>).
    /// </summary>
    private async Task<string> ApplicationIdAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (interaction.ApplicationId is { Length: > 0 } own)
        {
            return own;
        }

        if (Volatile.Read(ref _applicationId) is { } known)
        {
            return known;
        }

        await _applicationIdLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _applicationId ??= (await rest.GetCurrentApplicationAsync(cancellationToken).ConfigureAwait(false)).Id;
            return _applicationId;
        }
        finally
        {
            _applicationIdLock.Release();
        }
    }

    private (CommandRequest, Func<Reply>) Answer(CommandRequest request) => (request, () => router.Handle(request));

    private (CommandRequest, Func<Reply>) Exported(CommandRequest request) => (request, () => router.Export(request, ExportFormat.Csv));

    private Reply Safely(CommandRequest request, Func<Reply> run)
    {
        try
        {
            return run();
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "/{Command} failed", request.Command);
            return Reply.Error(FailureMessage);
        }
    }

    /// <summary>The rendered reply and the callback type that carries it in <paramref name="mode"/>.</summary>
    private InteractionCallbackData Message(Reply reply, ReplyMode mode, out InteractionCallbackType type)
    {
        var message = renderer.Render(reply);
        type = mode == ReplyMode.UpdateMessage && !reply.IsError
            ? InteractionCallbackType.UpdateMessage
            : InteractionCallbackType.ChannelMessageWithSource;
        return mode == ReplyMode.PrivateMessage ? message with { Flags = MessageFlags.Ephemeral } : message;
    }

    // Whether a message is ephemeral is settled by the first response; an edit does not repeat the flag.
    private static InteractionCallbackData ForEdit(InteractionCallbackData message) => message with { Flags = null };

    private enum ReplyMode
    {
        /// <summary>A slash command: a new message in the channel.</summary>
        NewMessage,

        /// <summary>Prev/Next: replace the message the button is on.</summary>
        UpdateMessage,

        /// <summary>"More context": a new message only the presser sees.</summary>
        PrivateMessage,
    }

    /// <summary>
    /// How much of Discord's 3 seconds is gone: counted from receipt, or from when Discord created the interaction (its
    /// id's timestamp) when that is longer — an interaction replayed after a reconnect arrives late. A clock behind
    /// Discord's never shortens the count below receipt; one ahead only defers sooner, which is always safe.
    /// </summary>
    private static readonly TimeSpan InteractionTokenLifetime = TimeSpan.FromMinutes(15);

    private static TimeSpan Elapsed(DiscordInteraction interaction, long receivedAt)
    {
        var sinceReceipt = Stopwatch.GetElapsedTime(receivedAt);
        if (Configuration.Snowflake.CreatedAt(interaction.Id) is not { } created)
        {
            return sinceReceipt;
        }
        var sinceCreation = DateTimeOffset.UtcNow - created;
        // Older than an interaction token lives, the id's time says more about a clock than about the interaction.
        return sinceCreation > sinceReceipt && sinceCreation < InteractionTokenLifetime ? sinceCreation : sinceReceipt;
    }
}
