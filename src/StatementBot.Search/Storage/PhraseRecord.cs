namespace StatementBot.Search.Storage;

/// <summary>One row of <c>phrases.json</c>: a phrase of the corpus (a collocation), by the stemmed field's words.</summary>
/// <param name="Stems">The stemmed words, in order ("hong", "kong").</param>
/// <param name="Text">How the phrase is usually written ("Hong Kong").</param>
/// <param name="Count">How often the corpus uses it.</param>
public sealed record PhraseRecord(IReadOnlyList<string> Stems, string Text, long Count);
