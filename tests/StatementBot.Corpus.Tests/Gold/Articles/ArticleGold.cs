using System.Text.Json;
using System.Text.Json.Serialization;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Gold.Articles;

/// <summary>
/// The hand-labelled Wikinews gold (<c>Gold/wikinews/*.json</c>, one file per article, labelled from the text): every
/// statement by a named person (optional ones may be found or not), organisations' statements, traps (words that
/// must not be credited to a given person) and narrator lines (never inside any statement).
/// </summary>
internal sealed record ArticleGold(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("genre")] string Genre,
    [property: JsonPropertyName("statements")] IReadOnlyList<GoldStatement> Statements,
    [property: JsonPropertyName("organisations")] IReadOnlyList<GoldOrganisationStatement>? Organisations,
    [property: JsonPropertyName("traps")] IReadOnlyList<GoldTrap>? Traps,
    [property: JsonPropertyName("narrator")] IReadOnlyList<string>? Narrator)
{
    public static string Folder => FolderOf("wikinews");

    /// <summary>The development set: the rules were tuned against it.</summary>
    public static IReadOnlyList<ArticleGold> All { get; } = Load(Folder);

    /// <summary>Articles labelled after the rules were written and never used to tune them.</summary>
    public static IReadOnlyList<ArticleGold> HeldOut { get; } = Load(FolderOf("wikinews-heldout"));

    private static string FolderOf(string name) => Path.Combine(SharedData.RepoRoot, "tests", "StatementBot.Corpus.Tests", "Gold", name);

    private static List<ArticleGold> Load(string folder) =>
        !Directory.Exists(folder) ? [] : Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)
            .Select(path => JsonSerializer.Deserialize<ArticleGold>(System.IO.File.ReadAllText(path), Options) ?? throw new InvalidDataException(path))
            .ToList();

    private static readonly JsonSerializerOptions Options = new() { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
}

internal sealed record GoldStatement(
    [property: JsonPropertyName("speaker")] string Speaker,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("role")] string? Role,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("question")] string? Question,
    [property: JsonPropertyName("optional")] bool Optional)
{
    public IEnumerable<string> Names => [Speaker, .. Aliases ?? []];
}

internal sealed record GoldOrganisationStatement(
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("kind")] string? Kind,
    [property: JsonPropertyName("text")] string Text);

internal sealed record GoldTrap(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("not_speaker")] string NotSpeaker,
    [property: JsonPropertyName("why")] string? Why);
