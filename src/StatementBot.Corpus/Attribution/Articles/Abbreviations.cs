namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Words whose full stop does not end a sentence: titles, months, initials, "U.S.".</summary>
internal static class Abbreviations
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj",
        "st", "jr", "sr", "rev", "hon", "mt", "ft", "vs", "etc", "inc", "corp", "ltd", "jan", "feb",
        "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "u.n",
        "d.c", "approx", "dept", "govt",
    };

    /// <summary>True for "Dr", "Sept", "U.S" (the word before its full stop) and single-letter initials.</summary>
    public static bool IsAbbreviation(string wordBeforeDot) =>
        wordBeforeDot.Length == 1 && char.IsUpper(wordBeforeDot[0])
        || Words.Contains(wordBeforeDot)
        || wordBeforeDot.Contains('.') && wordBeforeDot.Length <= 6;
}
