using System.Text;
using StatementBot.Search.Analysis;
using StatementBot.Search.Results;

namespace StatementBot.Search.Verifying;

/// <summary>
/// The excerpt a /verify match shows: the stretch of the statement the claim was aligned with, a few words of context
/// either side ("…" where it cuts), the statement's words the claim dropped or changed marked
/// <see cref="SpanKind.Dropped"/>, and the claim's own words put in at their places marked <see cref="SpanKind.Added"/>
/// (after the words they replace); a stretch said word for word is marked as matched instead. Plain text with spans,
/// like every snippet: each front end marks them its own way.
/// </summary>
internal sealed class DiffSnippet
{
    public const int ContextWords = 12;

    private readonly StringBuilder _text = new();
    private readonly List<TextSpan> _spans = [];

    private DiffSnippet()
    {
    }

    /// <param name="from">The stretch's first statement word.</param>
    /// <param name="to">One past the stretch's last word.</param>
    public static Snippet Build(string text, IReadOnlyList<TextToken> tokens, int from, int to, WordDiff diff, ClaimText claim)
    {
        var builder = new DiffSnippet();
        var first = Math.Max(0, from - ContextWords);
        var last = Math.Min(tokens.Count, to + ContextWords);
        var at = first == 0 ? 0 : tokens[first].Start;
        if (first > 0)
        {
            builder.Plain("…");
        }

        if (diff.Runs.Count == 0)
        {
            builder.Plain(text[at..tokens[from].Start]).Mark(text[tokens[from].Start..tokens[to - 1].End], SpanKind.Match);
            at = tokens[to - 1].End;
        }

        foreach (var run in diff.Runs)
        {
            var said = from + run.SaidStart;
            var anchor = said < tokens.Count ? tokens[said].Start : tokens[^1].End;
            if (run.SaidCount == 0 && said == to)
            {
                anchor = tokens[to - 1].End; // words added after the stretch's last word
            }

            builder.Plain(text[at..anchor]);
            at = anchor;
            var claimed = run.ClaimedCount == 0 ? null : Words(claim.Text, claim.Tokens, run.ClaimedStart, run.ClaimedCount);
            if (run.SaidCount > 0)
            {
                var end = tokens[said + run.SaidCount - 1].End;
                builder.Mark(text[anchor..end], SpanKind.Dropped);
                at = end;
                if (claimed is not null)
                {
                    builder.Plain(" ").Mark(claimed, SpanKind.Added);
                }
            }
            else if (claimed is not null && said == to)
            {
                builder.Plain(" ").Mark(claimed, SpanKind.Added);
            }
            else if (claimed is not null)
            {
                builder.Mark(claimed, SpanKind.Added).Plain(" ");
            }
        }

        var stop = last == tokens.Count ? text.Length : tokens[last - 1].End;
        builder.Plain(text[at..Math.Max(at, stop)]);
        if (last < tokens.Count)
        {
            builder.Plain("…");
        }

        return new Snippet(builder._text.ToString().TrimEnd(), builder._spans);
    }

    /// <summary>The claim's words [start, start + count) as the claim wrote them, punctuation between them kept.</summary>
    private static string Words(string text, IReadOnlyList<TextToken> tokens, int start, int count) =>
        text[tokens[start].Start..tokens[start + count - 1].End];

    private DiffSnippet Plain(string text)
    {
        Append(text);
        return this;
    }

    private DiffSnippet Mark(string text, SpanKind kind)
    {
        var start = _text.Length;
        Append(text);
        _spans.Add(new TextSpan(start, _text.Length - start, kind));
        return this;
    }

    /// <summary>Whitespace runs become one space (statements keep their line breaks), so the spans count what is shown.</summary>
    private void Append(string text)
    {
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (_text.Length == 0 || _text[^1] == ' '))
            {
                continue;
            }

            _text.Append(space ? ' ' : c);
        }
    }
}
