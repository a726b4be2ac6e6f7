using System.Globalization;
using System.Text;
using StatementBot.Search.Results;

namespace StatementBot.Commands.Replies;

/// <summary>The stable JSON shape of one hit (<c>--json</c>, batch output); the snippet marks matched words with **.</summary>
public sealed record HitData(
    string Id,
    string Speaker,
    string? Role,
    string Kind,
    string Text,
    string Snippet,
    string? Question,
    string Title,
    string? Date,
    string? Source,
    string? Url,
    string Path,
    float Score)
{
    public static HitData From(StatementHit hit) => new(
        hit.Id,
        hit.Speaker,
        hit.Role,
        hit.Kind.ToString().ToLowerInvariant(),
        hit.Text,
        Mark(hit.Snippet, "**", "**"),
        hit.Question,
        hit.Title,
        FormatDate(hit.Date),
        hit.Source,
        hit.Url,
        hit.Path,
        hit.Score);

    public static IReadOnlyList<HitData> From(IEnumerable<StatementHit> hits) => hits.Select(From).ToArray();

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The snippet's text with each highlight wrapped in <paramref name="open"/> … <paramref name="close"/>.</summary>
    public static string Mark(Snippet snippet, string open, string close, Func<string, string>? escape = null)
    {
        escape ??= static s => s;
        var text = snippet.Text;
        var builder = new StringBuilder(text.Length + snippet.Highlights.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var span in Merge(text, snippet.Highlights))
        {
            if (span.Start < at || span.Start + span.Length > text.Length)
            {
                continue;
            }

            builder.Append(escape(text[at..span.Start]))
                .Append(open)
                .Append(escape(text.Substring(span.Start, span.Length)))
                .Append(close);
            at = span.Start + span.Length;
        }

        return builder.Append(escape(text[at..])).ToString();
    }

    /// <summary>Neighbouring matches separated only by spaces read as one marked phrase: **Mission Impossible**.</summary>
    private static IEnumerable<TextSpan> Merge(string text, IReadOnlyList<TextSpan> spans)
    {
        TextSpan? open = null;
        foreach (var span in spans.OrderBy(h => h.Start))
        {
            if (open is { } current && span.Start >= current.Start + current.Length &&
                text.AsSpan(current.Start + current.Length, span.Start - current.Start - current.Length).IsWhiteSpace())
            {
                open = new TextSpan(current.Start, span.Start + span.Length - current.Start);
                continue;
            }

            if (open is { } done)
            {
                yield return done;
            }

            open = span;
        }

        if (open is { } last)
        {
            yield return last;
        }
    }
}
