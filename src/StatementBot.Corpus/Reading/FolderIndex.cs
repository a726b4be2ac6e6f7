using System.Globalization;
using CsvHelper;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// A corpus folder's <c>index.csv</c>: for each file, the URL the page was fetched from, and optionally its title
/// and date (columns <c>title</c>, <c>date</c> as yyyy-MM-dd). Scraped pages rarely say their own address, so the
/// index is the document's URL when it names the file; its title and date fill in what the page itself lacks.
/// </summary>
internal sealed class FolderIndex
{
    private static readonly string[] FileColumns = ["file", "filename", "path"];
    private static readonly string[] UrlColumns = ["url", "source_url", "link"];
    private static readonly string[] TitleColumns = ["title"];
    private static readonly string[] DateColumns = ["date", "published"];

    private readonly Dictionary<string, Entry> _entries;

    private FolderIndex(Dictionary<string, Entry> entries) => _entries = entries;

    public static FolderIndex Empty { get; } = new(new Dictionary<string, Entry>());

    /// <summary>The document with the index's URL, and its title and date where the reader found none.</summary>
    public SourceDocument Apply(SourceDocument document)
    {
        if (_entries.GetValueOrDefault(Path.GetFileName(document.Info.Path)) is not { } entry)
        {
            return document;
        }

        var info = document.Info with { Url = entry.Url };
        if (entry.Title is { } title && info.Title == Path.GetFileNameWithoutExtension(info.Path))
        {
            info = info with { Title = title };
        }

        return document with { Info = info with { Date = info.Date ?? entry.Date } };
    }

    /// <summary>Reads the folder's index; a missing or unreadable index is simply empty (documents keep their own URL).</summary>
    public static FolderIndex Load(string folder)
    {
        var path = Path.Combine(folder, CorpusFiles.IndexFileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            using var csv = CsvReader.FromFile(path, new CsvReaderOptions());
            var fileColumn = FindColumn(csv, FileColumns);
            var urlColumn = FindColumn(csv, UrlColumns);
            if (fileColumn is null || urlColumn is null)
            {
                return Empty;
            }

            var titleColumn = FindColumn(csv, TitleColumns);
            var dateColumn = FindColumn(csv, DateColumns);
            var entries = new Dictionary<string, Entry>(StringComparer.OrdinalIgnoreCase);
            while (csv.Read())
            {
                var file = csv.GetString(fileColumn.Value).Trim();
                var url = csv.GetString(urlColumn.Value).Trim();
                if (file.Length > 0 && url.Length > 0)
                {
                    entries[Path.GetFileName(file)] = new Entry(url, Optional(csv, titleColumn), DateOf(Optional(csv, dateColumn)));
                }
            }

            return new FolderIndex(entries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            return Empty;
        }
    }

    private static string? Optional(CsvReader csv, int? column)
    {
        var text = column is { } c ? TextCleaner.Clean(csv.GetString(c)) : string.Empty;
        return text.Length == 0 ? null : text;
    }

    private static DateOnly? DateOf(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private sealed record Entry(string Url, string? Title, DateOnly? Date);

    private static int? FindColumn(CsvReader csv, string[] names)
    {
        foreach (var name in names)
        {
            if (csv.TryGetFieldIndex(name, out var index))
            {
                return index;
            }
        }

        return null;
    }
}
