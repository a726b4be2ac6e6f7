namespace StatementBot.Discord.Tests.Fakes;

/// <summary>An answer a test makes the fake Discord give instead of its default (429s, 5xx, error codes).</summary>
/// <param name="ProcessFirst">Discord does the work (a callback counts as acknowledged) and then answers this anyway, as an edge that loses the response would.</param>
public sealed record FakeResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, bool ProcessFirst = false)
{
    public static FakeResponse RateLimited(double retryAfter, bool global = false) => new(
        429,
        $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""",
        new Dictionary<string, string>
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Global"] = global ? "true" : "false",
            ["X-RateLimit-Scope"] = global ? "global" : "user",
        });

    public static FakeResponse Error(int status, int code, string message) =>
        new(status, $$"""{"code":{{code}},"message":"{{message}}"}""");
}
