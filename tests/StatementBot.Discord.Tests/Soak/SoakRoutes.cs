using StatementBot.Discord.Tests.Fakes;

namespace StatementBot.Discord.Tests.Soak;

/// <summary>Which interaction a REST request answers, and what kind of answer it is.</summary>
public static class SoakRoutes
{
    private static readonly string TokenPrefix = FakeInteractions.TokenFor("");

    /// <summary>The interaction a callback, edit or follow-up belongs to (the fake's tokens carry the id), or null.</summary>
    public static string? InteractionOf(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        return segments switch
        {
            ["interactions", var id, _, "callback"] => id,
            ["webhooks", _, var token, ..] when token.StartsWith(TokenPrefix, StringComparison.Ordinal) => token[TokenPrefix.Length..],
            _ => null,
        };
    }

    /// <summary>A callback of type 5 or 6: "thinking…", the answer to follow as an edit.</summary>
    public static bool IsDeferral(RecordedRequest request) =>
        request.Path.EndsWith("/callback", StringComparison.Ordinal) && CallbackType(request) is 5 or 6;

    public static int? CallbackType(RecordedRequest request) =>
        request.Body.Length > 0 && request.Json.TryGetProperty("type", out var type) ? type.GetInt32() : null;

    /// <summary>An edit of <c>@original</c> or a follow-up: the answer after a deferral (a DELETE is not one).</summary>
    public static bool IsWebhookAnswer(RecordedRequest request) =>
        request.Path.StartsWith("/webhooks/", StringComparison.Ordinal) && request.Method is "PATCH" or "POST";
}
