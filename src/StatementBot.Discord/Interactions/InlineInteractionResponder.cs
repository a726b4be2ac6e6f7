namespace StatementBot.Discord.Interactions;

/// <summary>
/// Answers an HTTP interaction in the body of the HTTP response itself. <see cref="RespondAsync"/> hands the
/// response to the endpoint and waits until it has been written, so an <c>@original</c> edit that follows a
/// deferral never overtakes it.
/// </summary>
public sealed class InlineInteractionResponder : IInteractionResponder
{
    private static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource<InteractionResponse> _response = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _written = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// The inline answer is a JSON body, which carries no file: a reply with files is deferred here (type 5) and then
    /// uploaded by a multipart edit of <c>@original</c>.
    /// </summary>
    public bool CarriesFiles => false;

    /// <summary>Completes with the initial response once the dispatcher has chosen it.</summary>
    public Task<InteractionResponse> Response => _response.Task;

    public async Task RespondAsync(DiscordInteraction interaction, InteractionResponse response, CancellationToken cancellationToken)
    {
        if (!_response.TrySetResult(response))
        {
            throw new InvalidOperationException("This interaction was already answered.");
        }

        await _written.Task.WaitAsync(WriteTimeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called by the endpoint once the response body has been sent (or could not be).</summary>
    public void MarkWritten() => _written.TrySetResult();

    public void MarkFailed(Exception error) => _written.TrySetException(error);
}
