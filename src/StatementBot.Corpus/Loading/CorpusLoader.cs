namespace StatementBot.Corpus.Loading;

/// <summary>
/// Reads every file under the corpus folders, attributes statements, builds the speaker registry and rewrites each
/// statement's speaker to the registry's canonical name. Unreadable files are skipped, never fatal.
/// </summary>
public sealed class CorpusLoader
{
    public CorpusLoad Load(IReadOnlyList<string> roots, IProgress<CorpusProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
