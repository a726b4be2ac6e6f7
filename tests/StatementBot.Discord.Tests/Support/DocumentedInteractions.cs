using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StatementBot.TestSupport;

namespace StatementBot.Discord.Tests.Support;

/// <summary>
/// Every interaction payload shown in Discord's documentation (the shared copy of discord-api-docs), read from the
/// <c>json</c>/<c>jsonc</c> code blocks of its .md/.mdx pages at test time. Full examples are kept as written;
/// the components pages show only the interaction's <c>type</c> and <c>data</c> beside a
/// <c>...additionalInteractionFields</c> placeholder, so those get just the <c>id</c> and <c>token</c> every
/// interaction carries — nothing else.
/// </summary>
public static partial class DocumentedInteractions
{
    private const string Placeholder = "...additionalInteractionFields";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> All = new(Extract);

    /// <summary>"page.mdx:line" → the interaction JSON; empty when the shared docs are not beside the repository.</summary>
    public static IReadOnlyDictionary<string, string> ByLocation => All.Value;

    public static TheoryData<string> Locations()
    {
        var data = new TheoryData<string>();
        foreach (var location in ByLocation.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(location);
        }

        return data;
    }

    private static Dictionary<string, string> Extract()
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!SharedData.Available)
        {
            return found;
        }

        var docs = SharedData.SharedPath("discord", "docs");
        var files = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(docs, "*.mdx", SearchOption.AllDirectories));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match block in CodeBlock().Matches(text))
            {
                var body = block.Groups["body"].Value;
                var fragment = body.Contains(Placeholder, StringComparison.Ordinal);
                if (Read(PlaceholderLine().Replace(body, "")) is not JsonObject json || !IsInteraction(json, fragment))
                {
                    continue;
                }

                if (fragment)
                {
                    json["id"] ??= "1300000000000000077";
                    json["token"] ??= "DOCUMENTED_EXAMPLE_TOKEN";
                }

                var line = text.AsSpan(0, block.Index).Count('\n') + 1;
                found[$"{Path.GetRelativePath(docs, file).Replace('\\', '/')}:{line}"] = json.ToJsonString();
            }
        }

        return found;
    }

    // A full example has what every interaction has (id, token, type) and data; a webhook object has no data.
    private static bool IsInteraction(JsonObject json, bool fragment) =>
        json["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.Number &&
        (fragment || (json["id"] is not null && json["token"] is not null && json["data"] is not null));

    private static JsonNode? Read(string body)
    {
        try
        {
            return JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"```jsonc?[^\n]*\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"^\s*\.\.\.additionalInteractionFields,?.*$", RegexOptions.Multiline)]
    private static partial Regex PlaceholderLine();
}
