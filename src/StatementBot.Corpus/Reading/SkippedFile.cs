namespace StatementBot.Corpus.Reading;

/// <summary>A corpus file that could not be read, with a reason fit to show in the build summary.</summary>
public sealed record SkippedFile(string Path, string Reason);
