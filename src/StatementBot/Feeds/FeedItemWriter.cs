using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementBot.Feeds;

/// <summary>
/// Saves an item's page into the feeds folder as the page's HTML, named after its date and title, and lists it in
/// the folder's <c>index.csv</c> (file, url, title, date) — the index the corpus reader already takes URLs, titles
/// and dates from. The index row is written before the page appears, and each file appears whole (see
/// <see cref="AtomicFile"/>), so whoever sees the page also sees where it came from.
/// </summary>
public sealed partial class FeedItemWriter(string folder)
{
    public const string IndexFileName = "index.csv";
    private const int MaxStemLength = 80;

    public string Folder => folder;

    /// <returns>The saved file's full path.</returns>
    public string Save(FeedItem item, byte[] html)
    {
        Directory.CreateDirectory(folder);
        var name = UniqueName(item);
        var index = Path.Combine(folder, IndexFileName);
        var existing = File.Exists(index) ? File.ReadAllText(index) : "file,url,title,date\n";
        var row = string.Join(',', Csv(name), Csv(item.Link ?? item.Key), Csv(item.Title), Csv(item.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""));
        AtomicFile.Write(index, Encoding.UTF8.GetBytes(existing.TrimEnd('\n') + "\n" + row + "\n"));
        var path = Path.Combine(folder, name);
        AtomicFile.Write(path, html);
        return path;
    }

    private string UniqueName(FeedItem item)
    {
        var date = item.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
        var slug = NotWord().Replace(item.Title.ToLowerInvariant(), "-").Trim('-');
        if (slug.Length == 0)
        {
            slug = "item";
        }

        var stem = $"{date}-{slug}";
        stem = stem.Length > MaxStemLength ? stem[..MaxStemLength].TrimEnd('-') : stem;
        var name = stem + ".html";
        for (var n = 2; File.Exists(Path.Combine(folder, name)); n++)
        {
            name = $"{stem}-{n}.html";
        }

        return name;
    }

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal).ReplaceLineEndings(" ") + "\"" : value;

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
