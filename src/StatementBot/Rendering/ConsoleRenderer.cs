using StatementBot.Commands.Replies;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Results;

namespace StatementBot.Rendering;

/// <summary>
/// Writes a reply as readable terminal text, laid out like the Discord message: title, summary, facts, then each hit
/// with speaker, role, date, the excerpt with matched words marked, the source, for answers the question, and how to
/// ask for the whole statement. Hits are numbered across pages (page 2 of 5 per page starts at 6).
/// </summary>
/// <param name="typed">
/// Replies to slash commands typed in chat or batch: hints are slash commands (<c>page:2</c>, <c>/context id:…</c>);
/// otherwise they are the terminal's (<c>--page 2</c>, <c>statementbot context …</c>).
/// </param>
public sealed class ConsoleRenderer(TextWriter output, bool ansi, bool typed = false)
{
    private const int Width = 100;

    private string Bold(string text) => ansi ? $"\u001b[1m{text}\u001b[0m" : $"**{text}**";

    private string Dim(string text) => ansi ? $"\u001b[2m{text}\u001b[0m" : text;

    /// <param name="written">Where each of the reply's files was saved (<c>--out</c>); empty when they were not.</param>
    public void Render(Reply reply, IReadOnlyList<string>? written = null)
    {
        output.WriteLine(reply.IsError ? "Error: " + reply.Title : Bold(reply.Title));
        if (reply.Summary is { } summary)
        {
            output.WriteLine(summary);
        }

        foreach (var fact in reply.Facts)
        {
            WriteFact(fact, "");
        }

        foreach (var section in reply.Sections)
        {
            if (section.Heading.Length > 0)
            {
                output.WriteLine();
                output.WriteLine(Bold(section.Heading));
            }

            foreach (var fact in section.Facts)
            {
                WriteFact(fact, "");
            }

            var number = (reply.Paging?.FirstNumber ?? 1) - 1;
            foreach (var hit in section.Hits)
            {
                number++;
                WriteHit(number, hit);
            }
        }

        WriteFiles(reply.Files, written ?? []);
        if (reply.Paging is { } paging)
        {
            output.WriteLine();
            var hints = new List<string>();
            if (paging.HasPrevious)
            {
                hints.Add("previous: " + PageHint(paging.Page - 1));
            }

            if (paging.HasNext)
            {
                hints.Add("next: " + PageHint(paging.Page + 1));
            }

            output.WriteLine(Dim($"Page {paging.Page} of {paging.Pages:N0} ({string.Join(", ", hints)})"));
        }
    }

    /// <summary>"Chart written to chart.png (38 kB)." or, unsaved, its name and how to save it.</summary>
    private void WriteFiles(IReadOnlyList<ReplyAttachment> files, IReadOnlyList<string> written)
    {
        for (var i = 0; i < files.Count; i++)
        {
            var what = files[i].ContentType.StartsWith("image/", StringComparison.Ordinal) ? "Chart" : "File";
            var size = AttachmentWriter.Size(files[i].Content.LongLength);
            output.WriteLine();
            output.WriteLine(Dim(i < written.Count
                ? $"{what} written to {written[i]} ({size})."
                : $"{what}: {files[i].FileName} ({size}) — " + (typed ? "the terminal verb saves it with --out FILE." : "add --out FILE to save it.")));
        }
    }

    private void WriteFact(ReplyField fact, string indent)
    {
        var lines = fact.Value.Split('\n');
        output.WriteLine($"{indent}{fact.Name}: {lines[0]}");
        foreach (var line in lines.Skip(1))
        {
            output.WriteLine($"{indent}  {line}");
        }
    }

    private void WriteHit(int number, StatementHit hit)
    {
        output.WriteLine();
        var who = new List<string> { Bold(hit.Speaker) };
        if (hit.Role is { } role)
        {
            who.Add(role);
        }
        else if (hit.ByOrganisation)
        {
            who.Add("organisation");
        }

        who.Add(HitData.FormatDate(hit.Date) ?? "undated");
        who.Add(hit.Kind.Label());
        output.WriteLine($"{number}. {string.Join(" · ", who)}");
        if (hit.Question is { } question)
        {
            WriteWrapped("   Q: ", Shorten(question, 300));
        }

        var excerpt = HitData.Mark(hit.Snippet, ansi ? "\u001b[1m" : "**", ansi ? "\u001b[0m" : "**");
        WriteWrapped("   ", hit.Kind == StatementKind.Direct ? $"“{excerpt}”" : excerpt);
        var source = hit.Source is { } s && s.Length > 0 ? $"{hit.Title} — {s}" : hit.Title;
        output.WriteLine(Dim($"   Source: {source}"));
        output.WriteLine(Dim($"   {hit.Url ?? DisplayPath(hit.Path)}"));
        if (hit.Id.Length > 0)
        {
            // The id /context takes; when the excerpt is already the whole statement, asking for it again is no help.
            var whole = hit.Snippet.Text.Trim() == hit.Text.Trim();
            output.WriteLine(Dim(whole ? $"   id: {hit.Id}" : "   whole statement: " + (typed ? $"/context id:{hit.Id}" : $"statementbot context {hit.Id}")));
        }
    }

    private string PageHint(int page) => typed ? $"add page:{page}" : $"--page {page}";

    private void WriteWrapped(string prefix, string text)
    {
        var indent = new string(' ', prefix.Length);
        var line = prefix;
        var visible = prefix.Length;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var length = VisibleLength(word);
            if (visible + length + 1 > Width && visible > indent.Length)
            {
                output.WriteLine(line);
                line = indent;
                visible = indent.Length;
            }

            line += (visible > indent.Length ? " " : "") + word;
            visible += length + (visible > indent.Length ? 1 : 0);
        }

        output.WriteLine(line);
    }

    /// <summary>A path under the current folder is shown relative to it (shorter, and what the user typed).</summary>
    private static string DisplayPath(string path)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }

    private static int VisibleLength(string word) => word.Replace("\u001b[1m", "").Replace("\u001b[0m", "").Length;

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(text.LastIndexOf(' ', max) is > 0 and var cut ? cut : max)] + " …";
}
