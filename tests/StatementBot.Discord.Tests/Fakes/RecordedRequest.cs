using System.Text.Json;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>A REST request the fake Discord received, with the parts tests assert on.</summary>
/// <param name="Body">The JSON body; for multipart/form-data, its <c>payload_json</c> part.</param>
/// <param name="Parts">Every part of a multipart/form-data body, bytes as received; null for a JSON body.</param>
public sealed record RecordedRequest(
    string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string Body, DateTimeOffset At, IReadOnlyList<RecordedPart>? Parts = null)
{
    public bool IsMultipart => Parts is not null;

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool IsCallbackFor(string interactionId) =>
        Method == "POST" && Path.StartsWith($"/interactions/{interactionId}/", StringComparison.Ordinal) && Path.EndsWith("/callback", StringComparison.Ordinal);

    public bool IsOriginalEdit => Method == "PATCH" && Path.EndsWith("/messages/@original", StringComparison.Ordinal);
}
