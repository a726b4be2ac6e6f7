using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Reading;

public sealed class HtmlReaderTests
{
    [SharedFact]
    public void Read_GengShuangPressConference_TakesTitleDateAndIndexedUrl()
    {
        var document = CorpusSamples.Read(CorpusSamples.GengShuang20180511);

        Assert.Equal(DocumentFormat.Html, document.Format);
        Assert.Equal("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018", document.Info.Title);
        Assert.Equal(new DateOnly(2018, 5, 11), document.Info.Date);
        Assert.Equal("https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1558711.shtml", document.Info.Url);
        Assert.Equal(HtmlReader.ForeignMinistrySource, document.Info.Source);
    }

    [SharedFact]
    public void Read_GengShuangPressConference_KeepsArticleParagraphsOnly()
    {
        var raw = File.ReadAllText(CorpusSamples.PathOf(CorpusSamples.GengShuang20180511));
        var paragraphs = CorpusSamples.Read(CorpusSamples.GengShuang20180511).Paragraphs;

        string[] navigation = ["Tour the Ministry", "Chinese Embassies", "Suggest to a friend", "Related News"];
        Assert.All(navigation, text => Assert.Contains(text, raw, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => navigation.Any(text => p.Contains(text, StringComparison.Ordinal)));
        Assert.StartsWith("At the invitation of President Julius Maada Wonie Bio of the Republic of Sierra Leone,", paragraphs[0], StringComparison.Ordinal);
        Assert.Equal("A: We hope that the DPRK-US summit can achieve positive outcomes.", paragraphs.Single(p => p.StartsWith("A: We hope that the DPRK-US summit", StringComparison.Ordinal)));
    }

    [SharedFact]
    public void Read_TitleWithoutYear_TakesYearFromTheArticleImageStamp()
    {
        var document = CorpusSamples.Read(CorpusSamples.GengShuangNoYearInTitle);

        Assert.Equal("Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on September 10", document.Info.Title);
        Assert.Equal(new DateOnly(2018, 9, 10), document.Info.Date);
    }

    [Fact]
    public void Read_PageWithoutArticleElement_IsSkippedWithReason()
    {
        var result = new HtmlReader().Read("pages/menu.html", "<html><head><title>Ministry of Examples</title></head><body><nav>Home</nav></body></html>");

        Assert.Equal("no article content (.content) in the page", result.Skipped!.Reason);
    }
}
