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
    float Score,
    bool ByOrganisation)
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
        hit.Score,
        hit.ByOrganisation);

    public static IReadOnlyList<HitData> From(IEnumerable<StatementHit> hits) => hits.Select(From).ToArray();

    public static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>How words a claimed quote dropped (or changed) and added are marked in text: <c>[-said-]{+claimed+}</c>.</summary>
    public static readonly (string Open, string Close) DroppedMarks = ("[-", "-]"), AddedMarks = ("{+", "+}");

    /// <summary>
    /// The snippet's text with each matched word wrapped in <paramref name="open"/> … <paramref name="close"/>, and
    /// the words of a /verify difference in <see cref="DroppedMarks"/> and <see cref="AddedMarks"/>.
    /// </summary>
    public static string Mark(Snippet snippet, string open, string close, Func<string, string>? escape = null)
    {
        escape ??= static s => s;
        var text = snippet.Text;
        var builder = new StringBuilder(text.Length + snippet.Highlights.Count * (open.Length + close.Length));
        var at = 0;
        foreach (var span in snippet.Marks())
        {
            if (span.Start < at || span.Start + span.Length > text.Length)
            {
                continue;
            }

            var (before, after) = span.Kind switch
            {
                SpanKind.Dropped => DroppedMarks,
                SpanKind.Added => AddedMarks,
                _ => (open, close),
            };
            builder.Append(escape(text[at..span.Start]))
                .Append(before)
                .Append(escape(text.Substring(span.Start, span.Length)))
                .Append(after);
            at = span.Start + span.Length;
        }

        return builder.Append(escape(text[at..])).ToString();
    }
}
