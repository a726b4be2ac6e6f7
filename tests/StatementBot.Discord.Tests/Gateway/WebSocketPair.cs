using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;

namespace StatementBot.Discord.Tests.Gateway;

/// <summary>Two ends of one websocket over a loopback TCP connection: the bot's (client) and the peer's (server).</summary>
public sealed class WebSocketPair : IDisposable
{
    private readonly TcpClient _clientTcp;
    private readonly TcpClient _serverTcp;

    private WebSocketPair(TcpClient clientTcp, TcpClient serverTcp)
    {
        _clientTcp = clientTcp;
        _serverTcp = serverTcp;
        Client = WebSocket.CreateFromStream(clientTcp.GetStream(), new WebSocketCreationOptions { IsServer = false, KeepAliveInterval = TimeSpan.Zero });
        Server = WebSocket.CreateFromStream(serverTcp.GetStream(), new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
    }

    public WebSocket Client { get; }

    public WebSocket Server { get; }

    public static async Task<WebSocketPair> OpenAsync()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var client = new TcpClient();
        var accepting = listener.AcceptTcpClientAsync();
        await client.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var server = await accepting;
        listener.Stop();
        return new WebSocketPair(client, server);
    }

    /// <summary>Sends <paramref name="text"/> from the peer, split into frames of <paramref name="frameBytes"/>.</summary>
    public async Task SendFromServerAsync(string text, int frameBytes = int.MaxValue)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        var offset = 0;
        do
        {
            var count = Math.Min(frameBytes, bytes.Length - offset);
            await Server.SendAsync(bytes.AsMemory(offset, count), WebSocketMessageType.Text, offset + count == bytes.Length, CancellationToken.None);
            offset += count;
        }
        while (offset < bytes.Length);
    }

    /// <summary>The next whole text message the bot sent, or null when it sent a close frame.</summary>
    public async Task<string?> ReceiveOnServerAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        using var message = new MemoryStream();
        var buffer = new byte[4096];
        ValueWebSocketReceiveResult result;
        do
        {
            result = await Server.ReceiveAsync(buffer.AsMemory(), cancel.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return System.Text.Encoding.UTF8.GetString(message.ToArray());
    }

    public void Dispose()
    {
        Client.Dispose();
        Server.Dispose();
        _clientTcp.Dispose();
        _serverTcp.Dispose();
    }
}
