using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Tests.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Transcripts;

public sealed class LooksLikeTranscriptTests
{
    [Theory]
    [InlineData("000_dc5d1ebfafa3b868.txt")]
    [InlineData("003_66b6f5c84722ec5d.txt")]
    public void LooksLikeTranscript_SeedArticles_AreNotTranscripts(string seed)
    {
        var document = CorpusSamples.PlainTextSeed(seed);

        Assert.False(TranscriptAttributor.LooksLikeTranscript(document));
    }

    [Fact]
    public void LooksLikeTranscript_SeedWithOneQuotedSpokespersonLine_IsAnArticle()
    {
        var document = CorpusSamples.PlainTextSeed("000_dc5d1ebfafa3b868.txt");

        Assert.Contains(document.Paragraphs, p => p.StartsWith("Wu Qian: \"During the Trump administration,", StringComparison.Ordinal));
        Assert.False(TranscriptAttributor.LooksLikeTranscript(document));
    }

    [SharedTheory]
    [InlineData(CorpusSamples.JeanPierreBriefing)]
    [InlineData(CorpusSamples.BidenUnityBreakfast)]
    [InlineData(CorpusSamples.GengShuang20180511)]
    [InlineData(CorpusSamples.ZhaoLijian20200703)]
    public void LooksLikeTranscript_RealTranscripts_AreTranscripts(string sample)
    {
        Assert.True(TranscriptAttributor.LooksLikeTranscript(CorpusSamples.Read(sample)));
    }

    [SharedFact]
    public void LooksLikeTranscript_BriefingTextWithoutItsFormat_IsRecognisedByItsTurns()
    {
        var briefing = CorpusSamples.Read(CorpusSamples.JeanPierreBriefing);

        Assert.True(TranscriptAttributor.LooksLikeTranscript(briefing with { Format = DocumentFormat.PlainText }));
    }

    [SharedFact]
    public void LooksLikeTranscript_FactSheet_IsLeftToTheArticleAttributor()
    {
        Assert.False(TranscriptAttributor.LooksLikeTranscript(CorpusSamples.Read(CorpusSamples.DefenseFactSheet)));
    }
}
