using System.Text.Json.Serialization;

namespace StatementBot.Discord.Messages;

/// <summary>A rich embed as Discord's API takes it. Build one with <see cref="EmbedBuilder"/>.</summary>
public sealed record Embed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public string? Url { get; init; }

    public int? Color { get; init; }

    public EmbedAuthor? Author { get; init; }

    public EmbedFooter? Footer { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    /// <summary>A picture under the embed: <c>attachment://name.png</c> shows a file uploaded with the message.</summary>
    public EmbedImage? Image { get; init; }

    /// <summary>The characters Discord counts toward the 6000 total of a message (FACTS §5), after trimming.</summary>
    [JsonIgnore]
    public int CountedLength =>
        Measure(Title) + Measure(Description) + Measure(Author?.Name) + Measure(Footer?.Text) +
        (Fields?.Sum(f => Measure(f.Name) + Measure(f.Value)) ?? 0);

    private static int Measure(string? text) => text?.Trim().Length ?? 0;
}
