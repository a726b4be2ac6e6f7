using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Words whose full stop does not end a sentence: titles, months, initials, "U.S." (list in <c>abbreviations.txt</c>).</summary>
internal static class Abbreviations
{
    /// <summary>True for "Dr", "Sept", "U.S" (the word before its full stop) and single-letter initials.</summary>
    public static bool IsAbbreviation(string wordBeforeDot) =>
        wordBeforeDot.Length == 1 && char.IsUpper(wordBeforeDot[0])
        || ArticleRules.Abbreviations.Contains(wordBeforeDot)
        || wordBeforeDot.Contains('.') && wordBeforeDot.Length <= 6;
}
