using System.Net;
using System.Net.Sockets;

namespace StatementBot.Tests;

/// <summary>A TCP port on 127.0.0.1 that nothing listens on now, for a server the test starts.</summary>
internal static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
