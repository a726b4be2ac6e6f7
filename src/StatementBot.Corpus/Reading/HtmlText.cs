using System.Text;
using AngleSharp.Dom;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// The visible text of an HTML fragment as paragraphs: every block element and every <c>&lt;br&gt;</c> ends a
/// paragraph, source line breaks are only spaces, scripts, styles, images and forms contribute nothing, and
/// struck-out words (<c>&lt;s&gt;</c>, <c>&lt;del&gt;</c>) are dropped because the page marks them as not said.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Silent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "img", "input", "select", "option", "button", "textarea",
        "iframe", "object", "svg", "s", "strike", "del",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "tbody", "thead", "tfoot", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "header", "footer", "aside", "nav",
        "figure", "figcaption", "pre", "hr", "main", "address", "form", "center",
    };

    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs);
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs)
    {
        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                return;
            case IElement element when Silent.Contains(element.LocalName):
                return;
            case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                Flush(current, paragraphs);
                return;
            case IElement element:
                var block = Blocks.Contains(element.LocalName);
                if (block)
                {
                    Flush(current, paragraphs);
                }

                WalkChildren(element, current, paragraphs);
                if (block)
                {
                    Flush(current, paragraphs);
                }

                return;
            default:
                WalkChildren(node, current, paragraphs);
                return;
        }
    }

    private static void WalkChildren(INode node, StringBuilder current, List<string> paragraphs)
    {
        foreach (var child in node.ChildNodes)
        {
            Walk(child, current, paragraphs);
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }

        var paragraph = TextCleaner.Clean(current.ToString());
        current.Clear();
        if (paragraph.Length > 0)
        {
            paragraphs.Add(paragraph);
        }
    }
}
