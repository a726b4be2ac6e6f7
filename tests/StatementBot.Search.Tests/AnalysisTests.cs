using Lucene.Net.Analysis.TokenAttributes;
using StatementBot.Search.Analysis;

namespace StatementBot.Search.Tests;

public sealed class AnalysisTests
{
    [Fact]
    public void WordStemmer_AgreesWithTheIndexedStemmedField_OnRealText()
    {
        var stemmer = new WordStemmer();
        var analyzer = new StemmedAnalyzer();
        foreach (var statement in CorpusSamples.All)
        {
            var text = statement.Text + " " + statement.Question;
            var expected = Analyze(analyzer, text);
            var actual = TextTokenizer.Tokenize(text).Select(t => stemmer.Stem(t.Term)).OfType<string>().ToArray();

            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("containing", "contain")]
    [InlineData("China’s", "china")]
    [InlineData("China's", "china")]
    [InlineData("Impossible", "imposs")]
    [InlineData("militaries", "militari")]
    [InlineData("military", "militari")]
    [InlineData("the", null)]
    public void WordStemmer_FoldsCaseApostrophesAndEndings(string word, string? stem)
    {
        var token = Assert.Single(TextTokenizer.Tokenize(word));

        Assert.Equal(stem, new WordStemmer().Stem(token.Term));
    }

    [Fact]
    public void TextTokenizer_KeepsOffsetsIntoTheOriginalText()
    {
        var text = CorpusSamples.JeanPierreRecovery.Text;

        var tokens = TextTokenizer.Tokenize(text);

        Assert.All(tokens, t => Assert.Equal(t.Term, text[t.Start..t.End].ToLowerInvariant().Replace('’', '\'')));
        Assert.Contains(tokens, t => t.Term == "putin's");
    }

    private static string[] Analyze(StemmedAnalyzer analyzer, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }
        stream.End();
        return terms.ToArray();
    }
}
