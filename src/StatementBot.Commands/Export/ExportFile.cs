using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CsvHelper;
using StatementBot.Commands.Replies;
using StatementBot.Search.Exporting;

namespace StatementBot.Commands.Export;

/// <summary>
/// Writes exported statements as a file (RFC 4180 CSV with a header row, by CsvHelper; or a JSON array), stopping
/// before <see cref="MaxBytes"/> so the file can be uploaded to Discord (10 MiB per file) with room to spare.
/// </summary>
public static class ExportFile
{
    /// <summary>The most statements one export holds.</summary>
    public const int MaxRows = 5_000;

    /// <summary>The largest file an export writes.</summary>
    public const int MaxBytes = 8 * 1024 * 1024;

    /// <summary>
    /// RFC 4180 with a byte order mark (spreadsheets then read UTF-8), and text that starts like a formula (<c>=</c>,
    /// <c>+</c>, <c>-</c>, <c>@</c>) escaped, so a statement from the web can never run as one when the file is opened.
    /// </summary>
    private static readonly CsvWriterOptions CsvOptions = new() { Injection = CsvInjection.Escape, WriteByteOrderMark = true };

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // A file for people and scripts, not for a web page: apostrophes and non-Latin names stay as they are.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The file and how many rows it holds (fewer than given when the byte cap was reached).</summary>
    public static (ReplyAttachment File, int Rows) Write(IReadOnlyList<ExportRow> rows, ExportFormat format, string baseName, string description)
    {
        var records = rows.Select(Record.From).ToArray();
        var (content, written) = format == ExportFormat.Csv ? Csv(records) : JsonArray(records);
        var extension = format == ExportFormat.Csv ? "csv" : "json";
        var type = format == ExportFormat.Csv ? "text/csv; charset=utf-8" : "application/json";
        return (new ReplyAttachment($"{baseName}.{extension}", type, content, description), written);
    }

    private static (byte[] Content, int Rows) Csv(Record[] records)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvOptions, leaveOpen: true))
        {
            csv.WriteHeader(Record.Header);
            csv.Flush();
            var written = 0;
            foreach (var record in records)
            {
                var before = buffer.Length;
                csv.WriteRecord(record.Fields());
                csv.Flush();
                if (buffer.Length > MaxBytes)
                {
                    // The stream ends on a record boundary after each flush: drop the record that went over.
                    buffer.SetLength(before);
                    break;
                }
                written++;
            }

            return (buffer.ToArray(), written);
        }
    }

    private static (byte[] Content, int Rows) JsonArray(Record[] records)
    {
        var written = records.Length;
        while (true)
        {
            var bytes = JsonSerializer.SerializeToUtf8Bytes(records.Take(written), Json);
            if (bytes.Length <= MaxBytes || written == 0)
            {
                return (bytes, written);
            }

            // Too big: keep the share of rows that fits, then check again.
            written = (int)((long)written * MaxBytes / bytes.Length * 9 / 10);
        }
    }

    /// <summary>One row of the file: the columns in the order a spreadsheet shows them.</summary>
    private sealed record Record(
        string Id,
        string Speaker,
        string Role,
        string Kind,
        string Date,
        string Text,
        string Question,
        string Title,
        string Source,
        string Url,
        bool ByOrganisation)
    {
        public static readonly string[] Header =
            ["id", "speaker", "role", "kind", "date", "text", "question", "title", "source", "url", "by_organisation"];

        public string[] Fields() =>
            [Id, Speaker, Role, Kind, Date, Text, Question, Title, Source, Url, ByOrganisation ? "true" : "false"];

        public static Record From(ExportRow row) => new(
            row.Id,
            row.Speaker,
            row.Role ?? "",
            row.Kind.ToString().ToLowerInvariant(),
            HitData.FormatDate(row.Date) ?? "",
            row.Text,
            row.Question ?? "",
            row.Title,
            row.Source ?? "",
            row.Url ?? "",
            row.ByOrganisation);
    }
}
