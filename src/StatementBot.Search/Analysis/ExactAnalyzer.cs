using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Analysis;

/// <summary>
/// Words as written, lowercased and accent-folded, stop words kept: the field exact phrases, trailing wildcards and
/// highlighting run on. Every other analysis in the index starts from these tokens.
/// </summary>
public sealed class ExactAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.LuceneVersion, reader);
        return new TokenStreamComponents(tokenizer, Normalize(tokenizer));
    }

    /// <summary>The normalisation shared with <see cref="StemmedAnalyzer"/>, so both fields see the same words.</summary>
    internal static TokenStream Normalize(Tokenizer tokenizer)
    {
        TokenStream stream = new StandardFilter(IndexSchema.LuceneVersion, tokenizer);
        stream = new LowerCaseFilter(IndexSchema.LuceneVersion, stream);
        return new ASCIIFoldingFilter(stream);
    }
}
