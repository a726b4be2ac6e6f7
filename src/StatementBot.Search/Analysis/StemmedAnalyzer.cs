using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Tartarus.Snowball.Ext;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Analysis;

/// <summary>
/// English search words: the exact tokens (spelling variants made one) without possessives and stop words, stemmed (Snowball English), so
/// "containing" finds "contain". <see cref="WordStemmer"/> applies the same steps to single tokens.
/// </summary>
public sealed class StemmedAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(IndexSchema.LuceneVersion, reader);
        TokenStream stream = ExactAnalyzer.Normalize(tokenizer, oneSpelling: true);
        stream = new EnglishPossessiveFilter(IndexSchema.LuceneVersion, stream);
        stream = new StopFilter(IndexSchema.LuceneVersion, stream, StopAnalyzer.ENGLISH_STOP_WORDS_SET);
        stream = new SnowballFilter(stream, new EnglishStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    }
}
