using CsvHelper;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// A corpus folder's <c>index.csv</c>: for each file, the URL the page was fetched from. Scraped pages rarely say
/// their own address, so the index is the document's URL when it names the file.
/// </summary>
internal sealed class FolderIndex
{
    private static readonly string[] FileColumns = ["file", "filename", "path"];
    private static readonly string[] UrlColumns = ["url", "source_url", "link"];

    private readonly Dictionary<string, string> _urls;

    private FolderIndex(Dictionary<string, string> urls) => _urls = urls;

    public static FolderIndex Empty { get; } = new(new Dictionary<string, string>());

    public string? UrlFor(string path) => _urls.GetValueOrDefault(Path.GetFileName(path));

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

            var urls = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            while (csv.Read())
            {
                var file = csv.GetString(fileColumn.Value).Trim();
                var url = csv.GetString(urlColumn.Value).Trim();
                if (file.Length > 0 && url.Length > 0)
                {
                    urls[Path.GetFileName(file)] = url;
                }
            }

            return new FolderIndex(urls);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvFormatException)
        {
            return Empty;
        }
    }

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
