using System.Text.Json.Nodes;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>The fake gateway's scripted steps: events, op 7, op 9, closes, drops, missed ACKs and heartbeat requests.</summary>
public sealed partial class FakeDiscord
{
    /// <returns>False when the step ended the connection.</returns>
    private async Task<bool> RunStepAsync(FakeGatewayConnection connection, FakeSession session, GatewayStep step)
    {
        switch (step)
        {
            case GatewayStep.Dispatch dispatch:
                await DispatchAsync(session, JsonNode.Parse(dispatch.InteractionJson)!, send: true);
                return true;
            case GatewayStep.DispatchLost lost:
                await DispatchAsync(session, JsonNode.Parse(lost.InteractionJson)!, send: false);
                return true;
            case GatewayStep.Reconnect:
                await SendOnSessionAsync(session, () => connection.SendAsync(new { op = 7, d = (object?)null, s = (int?)null, t = (string?)null }));
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.InvalidSession invalid:
                await SendOnSessionAsync(session, () =>
                {
                    session.Invalid = !invalid.Resumable;
                    return connection.SendAsync(new { op = 9, d = invalid.Resumable, s = (int?)null, t = (string?)null });
                });
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.Close close:
                await SendOnSessionAsync(session, () =>
                {
                    session.Invalid = close.Code is 4007 or 4009;
                    return connection.CloseAsync(close.Code, "scripted close");
                });
                return false;
            case GatewayStep.Drop:
                connection.Context.Abort();
                return false;
            case GatewayStep.StopAcking:
                connection.Acking = false;
                await connection.WaitClosedAsync();
                return false;
            case GatewayStep.RequestHeartbeat request:
                for (var i = 0; i < request.Count; i++)
                {
                    await connection.SendAsync(new { op = 1, d = (object?)null, s = (int?)null, t = (string?)null });
                    if (request.SpacingMs > 0)
                    {
                        await Task.Delay(request.SpacingMs, _shutdown.Token);
                    }
                }

                return true;
            case GatewayStep.Wait wait:
                await Task.Delay(wait.Milliseconds, _shutdown.Token);
                return true;
            case GatewayStep.WaitForCallback callback:
                await WaitForCallbackAsync(callback.InteractionId);
                return true;
            default:
                throw new ArgumentOutOfRangeException(nameof(step), step, "unknown step");
        }
    }

    /// <summary>Sends a control payload in order with the session's events, so none is sent after an op 9 or close that ends the session.</summary>
    private static async Task SendOnSessionAsync(FakeSession session, Func<Task> send)
    {
        await session.Sending.WaitAsync();
        try
        {
            await send();
        }
        finally
        {
            session.Sending.Release();
        }
    }
}
