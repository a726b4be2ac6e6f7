using System.Globalization;
using StatementBot.Corpus.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Reads Markdown transcripts with YAML front matter (<c>date</c>, <c>title</c>, <c>source_url</c>): the title with
/// its non-breaking spaces made plain, and the body as paragraphs (see <see cref="MarkdownBody"/>). A file without
/// front matter is still read (title from its first heading or its name); front matter that does not parse is a skip.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    /// <summary>The publisher named for pages from the White House briefing room.</summary>
    public const string WhiteHouseSource = "The White House";

    public DocumentFormat Format => DocumentFormat.Markdown;

    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    /// <summary>Markdown may hold raw HTML, so its nesting is checked as HTML's is.</summary>
    public ReadResult Read(string path, ReadOnlyMemory<byte> bytes) => DecodedText.Read(path, bytes, markup: true, Read);

    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text)
    {
        YamlMappingNode? frontMatter = null;
        var body = text;
        if (SplitFrontMatter(text) is var (yaml, rest))
        {
            try
            {
                var stream = new YamlStream();
                stream.Load(new StringReader(yaml));
                frontMatter = stream.Documents.Count == 0 ? new YamlMappingNode() : stream.Documents[0].RootNode as YamlMappingNode;
            }
            catch (YamlException e)
            {
                return ReadResult.Skip(path, $"front matter is not valid YAML (line {e.Start.Line})");
            }

            if (frontMatter is null)
            {
                return ReadResult.Skip(path, "front matter is not a YAML mapping");
            }

            body = rest;
        }

        var paragraphs = MarkdownBody.Paragraphs(body);
        if (paragraphs.Count == 0)
        {
            return ReadResult.Skip(path, "no body text");
        }

        var title = Scalar(frontMatter, "title") ?? Path.GetFileNameWithoutExtension(path);
        var date = ParseDate(Scalar(frontMatter, "date")) ?? ParseDate(Scalar(frontMatter, "published_time"));
        var url = Scalar(frontMatter, "source_url") ?? Scalar(frontMatter, "url");
        var source = Scalar(frontMatter, "source") ?? SourceOf(url);
        return ReadResult.Read(new SourceDocument(new DocumentInfo(path, title, date, source, url), DocumentFormat.Markdown, paragraphs));
    }

    /// <summary>Splits <c>---</c> YAML <c>---</c> from the body; null when the text does not open with front matter.</summary>
    private static (string Yaml, string Body)? SplitFrontMatter(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]));
            }
        }

        return null;
    }

    private static string? Scalar(YamlMappingNode? map, string key)
    {
        if (map is null || !map.Children.TryGetValue(new YamlScalarNode(key), out var node) || node is not YamlScalarNode { Value: { } value })
        {
            return null;
        }

        var clean = TextCleaner.Clean(value);
        return clean.Length == 0 ? null : clean;
    }

    private static DateOnly? ParseDate(string? value)
    {
        if (value is null || value.Length < 10)
        {
            return null;
        }

        return DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    private static string? SourceOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Contains("whitehouse", StringComparison.OrdinalIgnoreCase)
            ? WhiteHouseSource
            : null;
}
