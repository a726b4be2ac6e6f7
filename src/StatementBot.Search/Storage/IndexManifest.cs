using StatementBot.Corpus.Loading;

namespace StatementBot.Search.Storage;

/// <summary>
/// What an index was built from and when, saved beside it (<c>manifest.json</c>): the staleness check compares it
/// with the corpus on disk, and the host shows it in its build summary.
/// </summary>
/// <param name="CorpusRoots">The corpus folders (or files) as full paths.</param>
/// <param name="NewestFileTime">The newest modification time among the corpus files when the build started.</param>
/// <param name="Fingerprint">A hash of every corpus file's path, size and modification time.</param>
/// <param name="Documents">Documents that gave at least one statement (each duplicated document counted once).</param>
public sealed record IndexManifest(
    int SchemaVersion,
    IReadOnlyList<string> CorpusRoots,
    int FileCount,
    long TotalBytes,
    DateTimeOffset? NewestFileTime,
    string Fingerprint,
    int Statements,
    int Documents,
    int Speakers,
    int SkippedFiles,
    DateTimeOffset BuiltAt,
    TimeSpan BuildTime)
{
    /// <summary>Files left out because an earlier file holds the same statements, each with the file kept.</summary>
    public IReadOnlyList<DuplicateDocument> Duplicates { get; init; } = [];

    /// <summary>
    /// The Lucene files as they were committed (name, length, footer checksum), so damage is seen at start. Empty in a
    /// manifest written before files were listed; such an index is rebuilt once.
    /// </summary>
    public IReadOnlyList<IndexFileRecord> LuceneFiles { get; init; } = [];

    /// <summary>
    /// True when an update published the statements and exact counts but the distinctive terms and phrases are still
    /// the previous build's; a follow-up publish recomputes them over the whole corpus and clears this.
    /// </summary>
    public bool StatisticsPending { get; init; }

    /// <summary>
    /// The version of the rules that read statements out of files (<see cref="FileKeys.ExtractionVersion"/>) the index
    /// was built with: when the rules change, every statement is read again. 0 in a manifest written before this was kept.
    /// </summary>
    public int ExtractionVersion { get; init; }
}
