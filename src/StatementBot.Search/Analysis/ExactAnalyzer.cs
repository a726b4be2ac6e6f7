using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Words as written, lowercased and accent-folded, stop words kept: the field exact phrases, trailing wildcards and
/// highlighting run on. Every other analysis in the index starts from these tokens. For matching
/// (<paramref name="oneSpelling"/>: the index, queries, highlighting) dotted capitals are folded (U.S. → us) and
/// spelling variants made one (defence → defense); without it, words are kept as written (how a word is shown).
/// </summary>
public sealed class ExactAnalyzer(bool oneSpelling = false) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.LuceneVersion, reader);
        return new TokenStreamComponents(tokenizer, Normalize(tokenizer, oneSpelling));
    }

    /// <summary>The normalisation shared with <see cref="StemmedAnalyzer"/>, so both fields see the same words.</summary>
    internal static TokenStream Normalize(Tokenizer tokenizer, bool oneSpelling)
    {
        TokenStream stream = new StandardFilter(IndexSchema.LuceneVersion, tokenizer);
        if (oneSpelling)
        {
            stream = new DottedAcronymFilter(stream);
        }

        stream = new LowerCaseFilter(IndexSchema.LuceneVersion, stream);
        stream = new ASCIIFoldingFilter(stream);
        return oneSpelling ? new SpellingVariantFilter(stream) : stream;
    }
}
