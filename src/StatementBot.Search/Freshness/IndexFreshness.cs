using System.Globalization;
using StatementBot.Corpus.Loading;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Freshness;

/// <summary>
/// Decides whether the index under a folder was built from the corpus as it is now: same schema, same corpus folders,
/// same files, none changed since, and its own files as they were written. Reads the manifest, file-system
/// metadata and the last bytes of each index file.
/// </summary>
public static class IndexFreshness
{
    public static IndexStatus Check(string indexRoot, IEnumerable<string> corpusRoots) =>
        Check(indexRoot, CorpusSnapshot.Take(corpusRoots));

    public static IndexStatus Check(string indexRoot, CorpusSnapshot corpus)
    {
        var layout = new IndexLayout(indexRoot);
        if (layout.CurrentGeneration() is not { } generation)
        {
            return new IndexStatus.Missing($"no index has been built in {layout.Root}");
        }

        if (IndexFiles.ReadManifest(generation) is not { } manifest)
        {
            return new IndexStatus.Missing($"the index in {layout.Root} has no readable manifest");
        }

        if (!File.Exists(IndexLayout.SpeakersFile(generation)))
        {
            return new IndexStatus.Damaged($"the index in {layout.Root} is damaged: it has no speaker list");
        }

        if (!File.Exists(IndexLayout.PhrasesFile(generation)))
        {
            return new IndexStatus.Damaged($"the index in {layout.Root} is damaged: it has no phrase list");
        }

        if (manifest.LuceneFiles.Count > 0 && IndexIntegrity.Problem(generation, manifest) is { } damage)
        {
            return new IndexStatus.Damaged($"the index in {layout.Root} is damaged: {damage}");
        }

        return StaleReason(manifest, corpus) is { } reason
            ? new IndexStatus.Stale(reason, manifest)
            : new IndexStatus.Fresh(manifest);
    }

    private static string? StaleReason(IndexManifest manifest, CorpusSnapshot corpus)
    {
        if (manifest.SchemaVersion != IndexSchema.Version)
        {
            return $"the index format changed (version {manifest.SchemaVersion}, now {IndexSchema.Version})";
        }

        if (manifest.ExtractionVersion != FileKeys.ExtractionVersion)
        {
            return $"the rules that read statements out of files changed (version {manifest.ExtractionVersion}, now {FileKeys.ExtractionVersion})";
        }

        if (manifest.LuceneFiles.Count == 0)
        {
            return "it was built before the index listed its files";
        }

        var builtFrom = CorpusSnapshot.NormalizeRoots(manifest.CorpusRoots);
        if (!builtFrom.SequenceEqual(corpus.Roots, StringComparer.Ordinal))
        {
            return $"it was built from a different set of corpus folders ({string.Join(", ", builtFrom)}; now {string.Join(", ", corpus.Roots)})";
        }

        if (corpus.FileCount != manifest.FileCount)
        {
            return string.Create(CultureInfo.InvariantCulture, $"corpus files were added or removed ({manifest.FileCount:N0} when built, {corpus.FileCount:N0} now)");
        }

        if (corpus.NewestFileTime > manifest.NewestFileTime)
        {
            return $"{corpus.NewestFile} changed after the index was built";
        }

        if (corpus.TotalBytes != manifest.TotalBytes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the corpus size changed ({manifest.TotalBytes:N0} bytes when built, {corpus.TotalBytes:N0} now)");
        }

        return corpus.Fingerprint != manifest.Fingerprint
            ? "corpus files were renamed, replaced or re-dated since the index was built"
            : null;
    }
}
