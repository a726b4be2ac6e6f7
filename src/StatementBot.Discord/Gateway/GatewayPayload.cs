using System.Text.Json;

namespace StatementBot.Discord.Gateway;

/// <summary>A payload received from the gateway: <c>{op, d, s, t}</c>.</summary>
internal sealed record GatewayPayload(GatewayOpCode Op, JsonElement Data, long? Sequence, string? Event)
{
    /// <exception cref="JsonException">Not JSON, or no numeric <c>op</c>.</exception>
    public static GatewayPayload Parse(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("op", out var opElement) || !opElement.TryGetInt32(out var opNumber))
        {
            throw new JsonException("gateway payload without a numeric op");
        }

        var data = root.TryGetProperty("d", out var d) ? d.Clone() : default;
        long? sequence = root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : null;
        var name = root.TryGetProperty("t", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return new GatewayPayload((GatewayOpCode)opNumber, data, sequence, name);
    }
}
