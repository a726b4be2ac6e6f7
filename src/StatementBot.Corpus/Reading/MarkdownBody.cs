using System.Text;
using AngleSharp.Html.Parser;
using Markdig;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// The body of a Markdown transcript as clean paragraphs. Markdig parses the Markdown (backslash escapes such as
/// <c>\[sic\]</c>, emphasis, links, entities, inline and block HTML); before that, lines of only spaces or NBSPs
/// become blank lines, indentation is dropped (transcripts indent turns, which is not code), and a line that starts
/// a turn or a question starts a new paragraph. Hard-wrapped lines are joined with one space.
/// </summary>
internal static class MarkdownBody
{
    /// <summary>Stands in for an inline <c>&lt;br&gt;</c>, which pages use between paragraphs inside one HTML cell.</summary>
    private const char ParagraphBreak = '\u2029';

    private static readonly MarkdownPipeline Pipeline = BuildPipeline();

    public static IReadOnlyList<string> Paragraphs(string body)
    {
        var markdown = Markdown.Parse(Prepare(body), Pipeline);
        var paragraphs = new List<string>();
        foreach (var block in markdown.Descendants<LeafBlock>())
        {
            switch (block)
            {
                case HtmlBlock html:
                    paragraphs.AddRange(HtmlParagraphs(html));
                    break;
                case ThematicBreakBlock:
                    break;
                case { Inline: { } inline }:
                    foreach (var part in InlineText(inline).Split(ParagraphBreak))
                    {
                        Add(paragraphs, part);
                    }

                    break;
                default:
                    Add(paragraphs, block.Lines.ToString());
                    break;
            }
        }

        return paragraphs;
    }

    private static MarkdownPipeline BuildPipeline()
    {
        var builder = new MarkdownPipelineBuilder();
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        return builder.Build();
    }

    private static string Prepare(string body)
    {
        var prepared = new StringBuilder(body.Length + 256);
        var previousBlank = true;
        foreach (var rawLine in body.AsSpan().EnumerateLines())
        {
            if (TextCleaner.IsBlank(rawLine))
            {
                prepared.Append('\n');
                previousBlank = true;
                continue;
            }

            var line = rawLine.TrimStart();
            if (!previousBlank && TranscriptLineStart.IsMatch(line))
            {
                prepared.Append('\n');
            }

            prepared.Append(line).Append('\n');
            previousBlank = false;
        }

        return prepared.ToString();
    }

    private static IEnumerable<string> HtmlParagraphs(HtmlBlock html)
    {
        var fragment = new HtmlParser().ParseDocument("<body>" + html.Lines + "</body>");
        return fragment.Body is null ? [] : HtmlText.Paragraphs(fragment.Body);
    }

    private static string InlineText(ContainerInline container)
    {
        var text = new StringBuilder();
        var struck = 0;
        Append(container, text, ref struck);
        return text.ToString();
    }

    private static void Append(Inline inline, StringBuilder text, ref int struck)
    {
        switch (inline)
        {
            case HtmlInline html:
                struck += StrikeDelta(html.Tag);
                if (html.Tag.StartsWith("<br", StringComparison.OrdinalIgnoreCase))
                {
                    text.Append(ParagraphBreak);
                }

                return;
            case LinkInline { IsImage: true }:
                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Append(child, text, ref struck);
                }

                return;
        }

        if (struck > 0)
        {
            return;
        }

        switch (inline)
        {
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                break;
            case LineBreakInline:
                text.Append(' ');
                break;
            case CodeInline code:
                text.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                text.Append(autolink.Url);
                break;
        }
    }

    /// <summary>+1 entering <c>&lt;s&gt;</c>/<c>&lt;del&gt;</c>/<c>&lt;strike&gt;</c>, -1 leaving: the transcript's own deletions.</summary>
    private static int StrikeDelta(string tag)
    {
        var name = tag.TrimStart('<').TrimEnd('>', '/', ' ').Split(' ', 2)[0].ToLowerInvariant();
        return name switch
        {
            "s" or "del" or "strike" => 1,
            "/s" or "/del" or "/strike" => -1,
            _ => 0,
        };
    }

    private static void Add(List<string> paragraphs, string text)
    {
        var paragraph = TextCleaner.Clean(text);
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }
}
