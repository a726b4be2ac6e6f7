using System.Collections.Concurrent;
using StatementBot.Corpus.Loading;
using StatementBot.Corpus.Reading;
using StatementBot.Search.Freshness;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Extracts the corpus for an update: a file whose size, modification time and folder index are as the last build
/// saw them is taken as it was kept, without opening it; any other is hashed, and only a file whose bytes changed is
/// read and attributed. Extractions stay in memory between updates (a running bot's next update reads nothing it
/// has), and in the <see cref="ExtractedStore"/> on disk for the next process.
/// </summary>
internal sealed class UpdateReader(ExtractedStore store)
{
    private readonly ConcurrentDictionary<string, ExtractedFile> _memory = new(StringComparer.Ordinal);

    public UpdateRead Read(IReadOnlyList<string> roots, CorpusSnapshot corpus, IndexedFiles previous, CancellationToken cancellationToken)
    {
        var paths = CorpusReader.EnumerateFiles(roots);
        var before = previous.ByPath();
        var folders = CorpusLedger.Folders(paths);
        var extractor = new FileExtractor();
        var files = new ExtractedFile[paths.Count];
        var keys = new string?[paths.Count];
        var stamps = new FileStamp?[paths.Count];
        int read = 0, added = 0, changed = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.For(0, paths.Count, options, i =>
        {
            var path = paths[i];
            var stamp = corpus.Stamps.TryGetValue(path, out var seen) ? seen : FileStamp.Of(path);
            var folder = folders[CorpusLedger.FolderOf(path)];
            var old = before.GetValueOrDefault(path);
            var key = old is { Key: { } oldKey } && stamp == new FileStamp(old.Length, old.Modified) && previous.Folders.GetValueOrDefault(CorpusLedger.FolderOf(path)) == folder
                ? oldKey
                : stamp is not null && FileKeys.ContentHash(path) is { } hash ? FileKeys.Key(path, hash, folder) : null;
            if (old is null)
            {
                Interlocked.Increment(ref added);
            }
            else if (key is null || key != old.Key)
            {
                Interlocked.Increment(ref changed);
            }

            var file = key is null ? null : Kept(key);
            if (file is null)
            {
                file = extractor.Extract(path);
                Interlocked.Increment(ref read);
                if (key is not null && file.Document is { } document && FileStamp.Of(path) == stamp)
                {
                    // Kept as the store gives it back: nothing after extraction reads the paragraphs.
                    file = file with { Document = document with { Document = document.Document with { Paragraphs = [] } } };
                    store.Write(key, file);
                    _memory[key] = file;
                }
                else
                {
                    // Skipped, or it changed while it was read: read it again at the next update.
                    key = null;
                }
            }

            (files[i], keys[i], stamps[i]) = (file, key, stamp);
        });

        var present = paths.ToHashSet(StringComparer.Ordinal);
        var removed = previous.Files.Count(f => !present.Contains(f.Path));
        Forget(keys);
        return new UpdateRead(files, keys, stamps, folders, added, changed, removed, read);
    }

    private ExtractedFile? Kept(string key)
    {
        if (_memory.TryGetValue(key, out var file))
        {
            return file;
        }

        file = store.Read(key);
        if (file is not null)
        {
            _memory[key] = file;
        }

        return file;
    }

    /// <summary>Drops from memory the extractions of files no longer in the corpus as it is now.</summary>
    private void Forget(IEnumerable<string?> current)
    {
        var keep = current.OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var key in _memory.Keys)
        {
            if (!keep.Contains(key))
            {
                _memory.TryRemove(key, out _);
            }
        }
    }
}
