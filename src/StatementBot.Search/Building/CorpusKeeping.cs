using StatementBot.Corpus.Loading;
using StatementBot.Search.Freshness;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// After a full build: keeps every file's extraction in the <see cref="ExtractedStore"/> and lists the files in the
/// generation, so the next change is an update that reads only what changed.
/// </summary>
internal static class CorpusKeeping
{
    public static IndexedFiles Keep(CorpusLoad load, CorpusSnapshot corpus, ExtractedStore store, CancellationToken cancellationToken)
    {
        var folders = CorpusLedger.Folders(load.Files.Select(f => f.Path));
        var keys = new string?[load.Files.Count];
        var stamps = new FileStamp?[load.Files.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, load.Files.Count, options, i =>
        {
            var file = load.Files[i];
            var seen = corpus.Stamps.TryGetValue(file.Path, out var stamp) ? stamp : (FileStamp?)null;
            stamps[i] = seen;
            if (file.Document is null || seen is null || FileKeys.ContentHash(file.Path) is not { } hash || FileStamp.Of(file.Path) != seen)
            {
                // Skipped, or changed since the build looked at it: read again next time.
                return;
            }

            keys[i] = FileKeys.Key(file.Path, hash, folders[CorpusLedger.FolderOf(file.Path)]);
            store.Write(keys[i]!, file);
        });

        return CorpusLedger.Of(load, keys, stamps, folders);
    }
}
