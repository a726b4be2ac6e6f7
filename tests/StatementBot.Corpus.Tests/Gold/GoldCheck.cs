using StatementBot.Corpus.Loading;

namespace StatementBot.Corpus.Tests.Gold;

/// <summary>One line of the seeds gold: an id that names it, the seed file it is about, and how to check it.</summary>
/// <param name="Check">Returns null when the line holds, otherwise a message saying what was expected and what was found.</param>
internal sealed record GoldCheck(string Id, string File, Func<ExtractedDocument, string?> Check);
