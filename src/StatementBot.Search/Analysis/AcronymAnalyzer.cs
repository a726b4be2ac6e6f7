using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Analysis;

/// <summary>
/// The acronyms a text uses, in capitals and unstemmed (<see cref="AcronymFilter"/>): the field a query word typed in
/// capitals ("US", "WHO", "IT") is matched in, so it finds the acronym and not the pronoun.
/// </summary>
public sealed class AcronymAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.LuceneVersion, reader);
        TokenStream stream = new StandardFilter(IndexSchema.LuceneVersion, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, new AcronymFilter(stream));
    }
}
