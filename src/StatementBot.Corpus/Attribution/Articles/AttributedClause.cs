using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>What one attribution in a sentence gives to whom: the speaker, quote or report, and the words.</summary>
/// <param name="OpenQuote">A quotation still open at the paragraph's end, to be continued in the next paragraphs.</param>
internal sealed record AttributedClause(
    ArticlePerson Person,
    StatementKind Kind,
    IReadOnlyList<TextRange> Parts,
    ClauseShape Shape,
    ArticleSentence Sentence,
    bool OpenQuote);
