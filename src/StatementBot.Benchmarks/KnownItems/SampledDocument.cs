using StatementBot.Corpus.Documents;

namespace StatementBot.Benchmarks.KnownItems;

/// <summary>A corpus document as the known-item generator samples it: where it is, which part of the corpus, which year.</summary>
/// <param name="Path">Relative to the corpus folder, with '/'.</param>
/// <param name="Part">The corpus part: the first folder, or the first two for a folder of folders (wh-briefings/press-briefings).</param>
public sealed record SampledDocument(string Path, string Part, int Year, SourceDocument Document);
