using Lucene.Net.Index;
using Lucene.Net.Util;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// What the index knows about a query's words: whether the corpus uses a word typed in capitals as an acronym, and
/// how many statements use a word. Without an index (compiling a query on its own) no word is an acronym.
/// </summary>
internal sealed class CorpusTerms(IndexReader? reader)
{
    /// <summary>An acronym must be written, in ordinary mixed-case text, in at least this many statements…</summary>
    public const int MinimumAcronymStatements = 5;

    /// <summary>…and in at least this share of the statements with the word in any case (THE in 3 of 75,000 is not one).</summary>
    public const double MinimumAcronymShare = 0.0002;

    public IndexReader? Reader => reader;

    /// <summary>
    /// Whether the corpus writes <paramref name="acronym"/> (in capitals, as <c>Acronyms.Form</c> gives it) as an
    /// acronym often enough that a query typed so means the acronym: "WHO" in 324 statements, "IT" in 23, "THE" in 3.
    /// </summary>
    public bool UsesAcronym(string acronym)
    {
        if (reader is null)
        {
            return false;
        }

        var asAcronym = reader.DocFreq(IndexSchema.TextAcronyms.Term(acronym));
        var anyCase = reader.DocFreq(IndexSchema.TextExact.Term(acronym.ToLowerInvariant()));
        return asAcronym >= MinimumAcronymStatements && asAcronym >= MinimumAcronymShare * anyCase;
    }

    /// <summary>
    /// How many different words of <paramref name="field"/> start with <paramref name="prefix"/>, counting no further
    /// than one past <paramref name="stopAfter"/> (a walk along the sorted term dictionary, not a search).
    /// </summary>
    public int CountStartingWith(string field, string prefix, int stopAfter)
    {
        if (reader is null || MultiFields.GetTerms(reader, field) is not { } terms)
        {
            return 0;
        }

        var start = new BytesRef(prefix);
        var words = terms.GetEnumerator();
        if (words.SeekCeil(start) == TermsEnum.SeekStatus.END)
        {
            return 0;
        }

        var count = 0;
        do
        {
            if (!StringHelper.StartsWith(words.Term, start) || ++count > stopAfter)
            {
                break;
            }
        }
        while (words.MoveNext());

        return count;
    }

    /// <summary>How many statements contain the stem in what the speaker said.</summary>
    public int StatementsWith(string stem) => reader?.DocFreq(IndexSchema.Text.Term(stem)) ?? 0;
}
