using StatementBot.Search.Results;

namespace StatementBot.Search.Phrases;

/// <summary>/phrase: a phrase's life in the corpus, counted over every statement that says it word for word.</summary>
/// <param name="Phrase">The phrase as typed.</param>
/// <param name="Total">Statements that say it (each counted once however often it says it).</param>
/// <param name="Undated">Of those, statements without a date (counted, but in no year and never first or latest).</param>
/// <param name="Speakers">Who said it, most statements first (all of them; a reply shows the top few).</param>
/// <param name="Years">Dated statements per year, oldest first.</param>
/// <param name="FirstHit">The earliest statement, its snippet marking the phrase; null when none is dated.</param>
/// <param name="LatestHit">The latest, when it is not also the first.</param>
/// <param name="Speaker">The speaker asked about (full name), if one was.</param>
public sealed record PhraseLife(
    string Phrase,
    int Total,
    int Undated,
    DateOnly? First,
    DateOnly? Last,
    IReadOnlyList<PhraseSpeaker> Speakers,
    IReadOnlyList<PhraseYear> Years,
    StatementHit? FirstHit,
    StatementHit? LatestHit,
    string? Speaker = null);
