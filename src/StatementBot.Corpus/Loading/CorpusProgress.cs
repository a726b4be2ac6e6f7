namespace StatementBot.Corpus.Loading;

/// <summary>How far reading a corpus has got.</summary>
public sealed record CorpusProgress(int FilesDone, int FilesTotal, string CurrentPath);
