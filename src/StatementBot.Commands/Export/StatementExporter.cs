using System.Text;
using StatementBot.Commands.Options;
using StatementBot.Commands.Replies;
using StatementBot.Search.Exporting;
using StatementBot.Search.Querying;

namespace StatementBot.Commands.Export;

/// <summary>
/// Answers an export: every statement a command's answer is drawn from (not only the page shown), with speaker, role,
/// kind, date, whole text, question, title, source and link, as a CSV or JSON file attached to the reply; capped at
/// <see cref="ExportFile.MaxRows"/> statements and <see cref="ExportFile.MaxBytes"/>, and the reply says when it is.
/// </summary>
/// <param name="maxRows">The most statements one export holds (<see cref="ExportFile.MaxRows"/>).</param>
public sealed class StatementExporter(StatementSearcher searcher, int maxRows = ExportFile.MaxRows)
{
    private const int SlugLength = 40;

    public Reply Export(string command, ExportQuery query, ExportFormat format)
    {
        var result = searcher.Export(query, maxRows);
        if (result.Error is { } error)
        {
            return Reply.Error(error);
        }

        var found = result.Value!;
        var what = Describe(query);
        if (found.Total == 0)
        {
            return Reply.Error($"Nothing to export: no statement matches {what}.");
        }

        var name = format == ExportFormat.Csv ? "CSV" : "JSON";
        var (file, rows) = ExportFile.Write(found.Rows, format, FileName(command, query), $"Statements matching {what}");
        var summary = rows == found.Total
            ? $"All {Statements(found.Total)} matching {what}, as {name}: {Size(file.Content.Length)}."
            : $"The first {rows:N0} of {found.Total:N0} statements matching {what} ({query.Sort.Label()}), as {name}: an export holds at most "
                + $"{maxRows:N0} statements and {Size(ExportFile.MaxBytes)}. Narrow it (dates, speaker, kind, source or role) for the rest.";
        var data = new ExportData(command, FormatValue(format), found.Total, rows, rows < found.Total, file.FileName);
        return new Reply($"Export of /{command} {what}", summary, [], [], null, data, Attachments: [file]);
    }

    /// <summary>"“inflation” by Jen Psaki, from 2021-01-01 · only direct quotes": what the file holds, in the reply's words.</summary>
    private static string Describe(ExportQuery query)
    {
        var text = new StringBuilder(query.Text is { } words && !string.IsNullOrWhiteSpace(words) ? $"“{Echo.Of(words.Trim())}”" : "anything");
        if (query.Speakers.Count > 0)
        {
            text.Append(" by ").Append(string.Join(" or ", query.Speakers.Select(s => Echo.Of(s))));
        }
        if (query.From is { } from)
        {
            text.Append($" from {from:yyyy-MM-dd}");
        }
        if (query.To is { } to)
        {
            text.Append($" to {to:yyyy-MM-dd}");
        }
        if (!query.Filters.IsEmpty)
        {
            var kind = query.Filters.Kind is { } k ? FilterOptions.KindValue(k) : null;
            var parts = new[] { kind is null ? null : "kind " + kind, query.Filters.Source is { } s ? "source " + Echo.Of(s) : null, query.Filters.Role is { } r ? "role " + Echo.Of(r) : null };
            text.Append(" · ").Append(string.Join(", ", parts.OfType<string>()));
        }
        return text.ToString();
    }

    /// <summary>"statementbot-quote-mission-impossible": the command and the first words of the query, safe on every disk.</summary>
    private static string FileName(string command, ExportQuery query)
    {
        var slug = new StringBuilder();
        foreach (var c in (query.Text ?? string.Join(" ", query.Speakers)).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
            if (slug.Length >= SlugLength)
            {
                break;
            }
        }
        var words = slug.ToString().Trim('-');
        return "statementbot-" + command + (words.Length > 0 ? "-" + words : "");
    }

    private static string Statements(int n) => n == 1 ? "1 statement" : $"{n:N0} statements";

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):N1} MB" : $"{Math.Max(1, bytes / 1024):N0} kB";

    private static string FormatValue(ExportFormat format) => format == ExportFormat.Csv ? "csv" : "json";

    /// <param name="Capped">The file holds fewer statements than match.</param>
    private sealed record ExportData(string Command, string Format, int Total, int Rows, bool Capped, string File);
}
