using System.Buffers;
using System.Net.WebSockets;

namespace StatementBot.Discord.Gateway;

/// <summary>
/// The websocket under one gateway connection, and nothing of the protocol: whole messages in (frames joined, size
/// capped), one send at a time, and the close handshake. One read runs at a time; the close handshake finishes the
/// read still under way, so nothing is read twice and nothing read is mistaken for the close.
/// </summary>
internal sealed class GatewaySocket(WebSocket socket, TimeProvider time) : IDisposable
{
    /// <summary>No gateway event comes near this; a bigger message is a broken peer, not a big guild.</summary>
    public const int MaxMessageBytes = 16 * 1024 * 1024;

    private const int ChunkBytes = 8192;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private Task<byte[]?>? _reading;

    /// <summary>The close code the peer sent, once it closed.</summary>
    public int? CloseStatus => (int?)socket.CloseStatus;

    /// <exception cref="WebSocketException">The gateway could not be reached.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="timeout"/> passed or <paramref name="cancellationToken"/> fired.</exception>
    public static async Task<GatewaySocket> ConnectAsync(Uri url, TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        var client = new ClientWebSocket();
        try
        {
            using var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            connectTimeout.CancelAfter(timeout);
            await client.ConnectAsync(url, connectTimeout.Token).ConfigureAwait(false);
            return new GatewaySocket(client, time);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The next whole message, or null when the peer sent a close frame. Cancelling aborts the socket.</summary>
    /// <exception cref="InvalidDataException">The message is over <see cref="MaxMessageBytes"/>.</exception>
    public Task<byte[]?> ReceiveAsync(CancellationToken cancellationToken)
    {
        if (_reading is { IsCompleted: false })
        {
            throw new InvalidOperationException("A gateway read is already under way.");
        }

        _reading = ReadMessageAsync(cancellationToken);

        // A read left behind by a shutdown or a timeout may fail once the socket is gone; that is expected, not unobserved.
        _reading.ContinueWith(t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        return _reading;
    }

    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame and, when <paramref name="drain"/>, reads until the peer's close frame arrives (two seconds
    /// at most). Messages read meanwhile are dropped unacknowledged, so a resume replays them. Never throws: a peer
    /// that does not finish the handshake is cut off when the socket is disposed.
    /// </summary>
    public async Task CloseAsync(WebSocketCloseStatus status, string reason, bool drain = true)
    {
        using var timeout = new CancellationTokenSource(CloseTimeout, time);
        try
        {
            await _sendLock.WaitAsync(timeout.Token).ConfigureAwait(false);
            try
            {
                if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                {
                    await socket.CloseOutputAsync(status, reason, timeout.Token).ConfigureAwait(false);
                }
            }
            finally
            {
                _sendLock.Release();
            }

            if (drain)
            {
                await DrainAsync(timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidDataException or InvalidOperationException)
        {
            // The peer did not complete the close handshake; disposing the socket ends the connection anyway.
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }

    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        var running = _reading is { IsCompleted: false } reading ? reading : null;
        if (running is null && socket.State is not (WebSocketState.Open or WebSocketState.CloseSent))
        {
            return; // the peer's close frame has already been read
        }

        while (await (running ?? ReceiveAsync(cancellationToken)).WaitAsync(cancellationToken).ConfigureAwait(false) is not null)
        {
            running = null;
        }
    }

    private async Task<byte[]?> ReadMessageAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(ChunkBytes);
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.GetMemory(ChunkBytes), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new InvalidDataException($"gateway message over {MaxMessageBytes} bytes");
            }

            if (result.EndOfMessage)
            {
                return buffer.WrittenSpan.ToArray();
            }
        }
    }
}
