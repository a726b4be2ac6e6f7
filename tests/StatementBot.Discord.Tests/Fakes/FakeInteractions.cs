using System.Text.Json.Nodes;

namespace StatementBot.Discord.Tests.Fakes;

/// <summary>Interaction payloads shaped like Discord's (receiving-and-responding.mdx), for the fake gateway and HTTP tests.</summary>
public static class FakeInteractions
{
    public const string GuildId = "112233445566778899";
    public const string ChannelId = "998877665544332211";
    public const string UserId = "556677889900112233";

    private static long _next = 1300000000000000000;

    public static string NewId() => Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Ping(string id) => Envelope(id, 1, null).ToJsonString();

    /// <param name="options">Option name and value; strings are sent as JSON strings, ints as numbers.</param>
    public static string Command(string id, string name, params (string Name, object Value)[] options) =>
        Envelope(id, 2, new JsonObject
        {
            ["id"] = "700000000000000001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = Options(options, focused: null),
        }).ToJsonString();

    public static string Autocomplete(string id, string name, string focused, string typed, params (string Name, object Value)[] others) =>
        Envelope(id, 4, new JsonObject
        {
            ["id"] = "700000000000000001",
            ["name"] = name,
            ["type"] = 1,
            ["options"] = Options([.. others, (focused, typed)], focused),
        }).ToJsonString();

    public static string Button(string id, string customId) =>
        Envelope(id, 3, new JsonObject { ["custom_id"] = customId, ["component_type"] = 2 }, message: true).ToJsonString();

    /// <summary>The interaction token Discord would put in this interaction (here derived from the id, so tests can find its routes).</summary>
    public static string TokenFor(string id) => "aW50ZXJhY3Rpb246" + id;

    private static JsonObject Envelope(string id, int type, JsonObject? data, bool message = false)
    {
        var interaction = new JsonObject
        {
            ["id"] = id,
            ["application_id"] = FakeDiscord.ApplicationId,
            ["type"] = type,
            ["token"] = TokenFor(id),
            ["version"] = 1,
            ["guild_id"] = GuildId,
            ["channel_id"] = ChannelId,
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = UserId, ["username"] = "tester" },
                ["roles"] = new JsonArray(),
                ["permissions"] = "0",
            },
            ["app_permissions"] = "0",
            ["locale"] = "en-US",
            ["guild_locale"] = "en-US",
            ["entitlements"] = new JsonArray(),
            ["authorizing_integration_owners"] = new JsonObject { ["0"] = GuildId },
            ["context"] = 0,
            ["attachment_size_limit"] = 10485760,
        };
        if (data is not null)
        {
            interaction["data"] = data;
        }

        if (message)
        {
            interaction["message"] = new JsonObject { ["id"] = "880000000000000001", ["channel_id"] = ChannelId, ["content"] = "" };
        }

        return interaction;
    }

    private static JsonArray Options((string Name, object Value)[] options, string? focused)
    {
        var array = new JsonArray();
        foreach (var (name, value) in options)
        {
            var option = new JsonObject
            {
                ["name"] = name,
                ["type"] = value is int ? 4 : value is bool ? 5 : 3,
                ["value"] = value switch { int n => JsonValue.Create(n), bool b => JsonValue.Create(b), _ => JsonValue.Create(value.ToString()) },
            };
            if (name == focused)
            {
                option["focused"] = true;
            }

            array.Add(option);
        }

        return array;
    }
}
