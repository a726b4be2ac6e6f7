using System.Text.Json;
using Lucene.Net.Index;
using Lucene.Net.Store;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Storage;
using StatementBot.TestSupport;

namespace StatementBot.Search.Tests.Updating;

/// <summary>
/// The same corpus built both ways: in full, and in full from part of it followed by an update that adds, changes,
/// duplicates and removes files (and changes a folder's index of URLs). Every statement with every stored field, every
/// speaker row, the phrases and the counts must be the same.
/// </summary>
public sealed class IncrementalUpdateTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [SharedFact]
    public void Update_FilesAddedChangedDuplicatedAndRemoved_GivesWhatAFullBuildGives()
    {
        var corpus = _folder.Combine("corpus");
        var chosen = Choose(corpus);
        var later = chosen.Where((_, i) => i % 6 == 0).ToArray();
        var held = _folder.Combine("held");
        System.IO.Directory.CreateDirectory(held);
        foreach (var (file, i) in later.Select((f, i) => (f, i)))
        {
            File.Move(file.Copy, Path.Combine(held, i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        var updated = _folder.Combine("updated");
        FullBuild(corpus, updated);

        foreach (var (file, i) in later.Select((f, i) => (f, i)))
        {
            File.Move(Path.Combine(held, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), file.Copy);
        }

        var kept = chosen.Except(later).ToArray();
        Shorten(kept[1].Copy);
        File.Delete(kept[2].Copy);
        File.Delete(kept[^1].Copy);
        File.Copy(kept[3].Copy, Path.Combine(Path.GetDirectoryName(kept[3].Copy)!, "copy-of-" + Path.GetFileName(kept[3].Copy)));
        DropFirstRow(Path.Combine(corpus, "china-mfa", "index.csv"));

        var updater = new IndexUpdater(updated);
        var update = updater.Update([corpus]);
        Assert.NotNull(update);
        // Changed: the shortened file, and every file of the folder whose index of URLs changed.
        var ministry = kept.Count(k => k.Copy.Contains("china-mfa", StringComparison.Ordinal));
        Assert.Equal((later.Length + 1, 1 + ministry, 2), (update.Added, update.Changed, update.Removed));
        Assert.True(update.Manifest.StatisticsPending);
        Assert.True(updater.RefreshStatistics([corpus]));

        var full = _folder.Combine("full");
        FullBuild(corpus, full);
        AssertSameIndex(full, updated);
    }

    [SharedFact]
    public void Update_FileTouchedButNotChanged_IndexesNothingAgain()
    {
        var corpus = _folder.Combine("corpus");
        var chosen = Choose(corpus);
        var index = _folder.Combine("index");
        FullBuild(corpus, index);
        File.SetLastWriteTimeUtc(chosen[0].Copy, DateTime.UtcNow.AddMinutes(1));

        var update = new IndexUpdater(index).Update([corpus]);

        Assert.NotNull(update);
        Assert.Equal((0, 0, 0, 0), (update.Changed, update.Read, update.Reindexed, update.Deleted));
        Assert.False(update.Manifest.StatisticsPending);
        Assert.IsType<IndexStatus.Fresh>(IndexFreshness.Check(index, [corpus]));
    }

    private static void FullBuild(string corpus, string index)
    {
        var snapshot = CorpusSnapshot.Take([corpus]);
        new IndexBuilder(index).Build(new CorpusLoader().Load([corpus]), snapshot);
    }

    /// <summary>Transcripts, a ministry's pages (with its index of URLs) and news articles, copied from the shared corpora.</summary>
    private static (string Original, string Copy)[] Choose(string corpus)
    {
        var picks = new List<(string, string)>();
        void Take(string folder, string pattern, int count)
        {
            var from = Path.Combine(SharedData.Corpora, folder);
            foreach (var file in System.IO.Directory.EnumerateFiles(from, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(count))
            {
                var copy = Path.Combine(corpus, folder, Path.GetRelativePath(from, file));
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.Copy(file, copy);
                picks.Add((file, copy));
            }
        }

        Take(Path.Combine("wh-briefings", "press-briefings", "2022-04"), "*.md", 10);
        Take("china-mfa", "t*.html", 6);
        File.Copy(Path.Combine(SharedData.Corpora, "china-mfa", "index.csv"), Path.Combine(corpus, "china-mfa", "index.csv"));
        Take("wikinews", "*.*", 8);
        Take("seeds", "*.*", 4);
        return [.. picks];
    }

    /// <summary>Keeps the first half of the file's lines: words the source said, fewer of them.</summary>
    private static void Shorten(string path)
    {
        var lines = File.ReadAllLines(path);
        File.WriteAllLines(path, lines.Take(lines.Length / 2));
    }

    private static void DropFirstRow(string csv)
    {
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, lines.Take(1).Concat(lines.Skip(2)));
    }

    private static void AssertSameIndex(string expectedRoot, string actualRoot)
    {
        var expected = new IndexLayout(expectedRoot).CurrentGeneration()!;
        var actual = new IndexLayout(actualRoot).CurrentGeneration()!;
        var statements = Statements(expected);
        Assert.NotEmpty(statements);
        Assert.Equal(statements, Statements(actual));
        Assert.Equal(Json(IndexFiles.ReadSpeakers(expected)), Json(IndexFiles.ReadSpeakers(actual)));
        Assert.Equal(Json(IndexFiles.ReadPhrases(expected)), Json(IndexFiles.ReadPhrases(actual)));
        var (m, n) = (IndexFiles.ReadManifest(expected)!, IndexFiles.ReadManifest(actual)!);
        Assert.Equal(
            (m.Statements, m.Documents, m.Speakers, m.SkippedFiles, m.FileCount, m.TotalBytes, m.Fingerprint, Json(m.Duplicates), false),
            (n.Statements, n.Documents, n.Speakers, n.SkippedFiles, n.FileCount, n.TotalBytes, n.Fingerprint, Json(n.Duplicates), n.StatisticsPending));
    }

    /// <summary>Every live statement as its stored fields, sorted by id.</summary>
    private static List<string> Statements(string generation)
    {
        using var directory = FSDirectory.Open(IndexLayout.LuceneFolder(generation));
        using var reader = DirectoryReader.Open(directory);
        var live = Lucene.Net.Index.MultiFields.GetLiveDocs(reader);
        var rows = new List<string>();
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc))
            {
                continue;
            }

            var fields = reader.Document(doc).Fields.Select(f => $"{f.Name}={f.GetStringValue() ?? f.GetInt64Value()?.ToString(System.Globalization.CultureInfo.InvariantCulture)}").Order(StringComparer.Ordinal);
            rows.Add(string.Join(" | ", fields));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
