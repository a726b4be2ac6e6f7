using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.PlainText;

public sealed class PlainTextReaderTests
{
    private static SourceDocument ReadSeed(string file) => Read(Path.Combine(SharedData.DefaultCorpus, file));

    private static SourceDocument Read(string path)
    {
        var result = new PlainTextReader().Read(path, File.ReadAllText(path));
        Assert.True(result.Document is not null, $"{path} was skipped: {result.Skipped?.Reason}");
        return result.Document;
    }

    private static string Wikinews(string file) => Path.Combine(SharedData.Corpora, "wikinews", file);

    [Fact]
    public void Read_MemriSeed_TitleIsTheHeadlineNotTheDonationFurniture()
    {
        var document = ReadSeed("000_dc5d1ebfafa3b868.txt");

        Assert.Equal(
            "Chinese Ministry Of Defense Spokesman Wu Qian: Containing China – Mission Impossible; We Hope That The New U.S. Administration Will Make 'Joint Efforts' With China",
            document.Info.Title);
        Assert.Equal(new DateOnly(2021, 1, 28), document.Info.Date);
        Assert.Null(document.Info.Url);
    }

    [Fact]
    public void Read_MemriSeed_SourceNamesThePublisherAndTheOriginalVideo()
    {
        var document = ReadSeed("000_dc5d1ebfafa3b868.txt");

        Assert.Equal("MEMRI (from Online Platforms - \"Radar Videos on Haokan Video (China)\")", document.Info.Source);
    }

    [Fact]
    public void Read_MemriSeed_BodyIsTheFourParagraphsWithoutClipIdOrShareButton()
    {
        var document = ReadSeed("000_dc5d1ebfafa3b868.txt");

        Assert.Equal(4, document.Paragraphs.Count);
        Assert.StartsWith("Wu Qian, the spokesperson of PRC Ministry of Defense spoke about", document.Paragraphs[0]);
        Assert.StartsWith("Wu Qian: \"During the Trump administration", document.Paragraphs[1]);
        Assert.EndsWith("promote the development of mil-to-mil relations along the right track.\"", document.Paragraphs[3]);
        foreach (var furniture in new[] { "#8656", "01:47", "Donat", "Subscribe", "Request", "Share", "Source:" })
        {
            Assert.DoesNotContain(document.Paragraphs, p => p.Contains(furniture, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Read_ChinaMilitarySeed_PublicationBylineAndDateComeFromTheHeader()
    {
        var document = ReadSeed("003_66b6f5c84722ec5d.txt");

        Assert.Equal("China hopes US will face reality and handle bilateral ties correctly", document.Info.Title);
        Assert.Equal("China Military Online", document.Info.Source);
        Assert.Equal(new DateOnly(2020, 9, 24), document.Info.Date);
        Assert.Equal(8, document.Paragraphs.Count);
        Assert.StartsWith("BEIJING, Sept. 24 -- China firmly opposes", document.Paragraphs[0]);
        Assert.EndsWith("between the two countries and the two militaries, Tan said.", document.Paragraphs[^1]);
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Li Jiayao", StringComparison.Ordinal) || p.Contains("Related News", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_EveryWikinewsArticle_HeaderGivesTitleSourceDateAndUrl()
    {
        var files = Directory.GetFiles(Path.Combine(SharedData.Corpora, "wikinews"), "*.txt");
        Assert.Equal(294, files.Length);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var document = Read(file);

            Assert.Equal(lines[0].Trim(), document.Info.Title);
            Assert.Equal("Wikinews", document.Info.Source);
            Assert.Equal(lines[4].Trim(), document.Info.Url);
            Assert.Equal(DateOnly.FromDateTime(DateTime.Parse(lines[3], System.Globalization.CultureInfo.InvariantCulture)), document.Info.Date);
            Assert.NotEmpty(document.Paragraphs);
        }
    }

    [SharedFact]
    public void Read_EveryWikinewsArticle_NoDatelineCaptionLegendOrPullQuoteCreditInTheBody()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(SharedData.Corpora, "wikinews"), "*.txt"))
        {
            var document = Read(file);
            foreach (var paragraph in document.Paragraphs)
            {
                Assert.False(paragraph.StartsWith('—') || paragraph.StartsWith("██", StringComparison.Ordinal) || paragraph.Contains("Image: ", StringComparison.Ordinal)
                    || paragraph.StartsWith("https://", StringComparison.Ordinal) || paragraph == document.Info.Date?.ToString("dddd, MMMM d, yyyy", System.Globalization.CultureInfo.InvariantCulture),
                    $"{Path.GetFileName(file)} keeps furniture as body text: {paragraph}");
            }
        }
    }

    [SharedFact]
    public void Read_MagnitogorskArticle_BodyStartsAfterTheDatelineAndDropsThePullQuoteCredit()
    {
        var document = Read(Wikinews("2019-01-04-magnitogorsk-apartment-building-collapses-after-explosion-dozens-dead.txt"));

        Assert.Equal("https://en.wikinews.org/wiki/Magnitogorsk_apartment_building_collapses_after_explosion,_dozens_dead", document.Info.Url);
        Assert.StartsWith("An apartment building collapsed on Monday in Magnitogorsk", document.Paragraphs[0]);
        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Zinichev calling a temporary halt", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.StartsWith("\"The search and rescue operation is complete,\"", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_PhotoGallery_CaptionsWithImageCreditsAreDropped()
    {
        var document = Read(Wikinews("2019-03-28-thousands-march-in-anti-brexit-protest-london.txt"));

        Assert.DoesNotContain(document.Paragraphs, p => p.Contains("Image: Mirrys", StringComparison.Ordinal) || p.StartsWith("Placards.", StringComparison.Ordinal));
        Assert.Contains(document.Paragraphs, p => p.Contains("Nicola Sturgeon said it was \"the moment of maximum opportunity\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Jan 28, 2021", 2021, 1, 28)]
    [InlineData("2020-09-24 20:01:22", 2020, 9, 24)]
    [InlineData("September 24, 2020", 2020, 9, 24)]
    [InlineData("Saturday, April 20, 2019", 2019, 4, 20)]
    [InlineData("Sept. 3, 2019", 2019, 9, 3)]
    [InlineData("12 March 2020", 2020, 3, 12)]
    public void Read_DateLineInAnyUsualForm_BecomesTheDocumentDate(string dateLine, int year, int month, int day)
    {
        var text = $"A page about the fictional Ministry of Examples\n\nExample Gazette\n{dateLine}\n\nThe ministry opened a new office in the capital today. It will answer letters.\n";

        var result = new PlainTextReader().Read("example.txt", text);

        Assert.Equal(new DateOnly(year, month, day), result.Document?.Info.Date);
    }

    [Fact]
    public void Read_HardWrappedLines_AreJoinedIntoOneParagraph()
    {
        var text = "A page about the fictional Ministry of Examples\n\nExample Gazette\nMay 2, 2020\n\n"
            + "The ministry opened a new office in the capital today, and the office\nwill answer letters from the public.\n\nA second paragraph follows here.\n";

        var document = new PlainTextReader().Read("example.txt", text).Document;

        Assert.NotNull(document);
        Assert.Equal(
            ["The ministry opened a new office in the capital today, and the office will answer letters from the public.", "A second paragraph follows here."],
            document.Paragraphs);
    }

    [Fact]
    public void Read_TrailingRelatedNewsHeadlines_AreCutButProseAfterAStrayMarkerIsKept()
    {
        var withHeadlines = "Example headline about the fictional ministry\n\nExample Gazette\nMay 2, 2020\n\nThe ministry opened a new office today.\n\nRelated News\n\nMinistry opens office\nMinistry closes office\n";
        var withProse = "Example headline about the fictional ministry\n\nExample Gazette\nMay 2, 2020\n\nThe ministry opened a new office today.\n\nShare this\n\n"
            + "The office will answer letters from the public and publish a report on the letters it received every month of the year.\n";

        Assert.Equal(["The ministry opened a new office today."], new PlainTextReader().Read("a.txt", withHeadlines).Document?.Paragraphs);
        Assert.Equal(2, new PlainTextReader().Read("b.txt", withProse).Document?.Paragraphs.Count);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("   \n\n  ", "the file is empty")]
    [InlineData("Some\0binary\0bytes", "the file holds binary data, not text")]
    [InlineData("Donate Today\n\nSubscribe Today\n\nShare this Clip:\n", "no title line was found")]
    [InlineData("A page about the fictional Ministry of Examples\n\nExample Gazette\nMay 2, 2020\n", "no body text follows the title")]
    public void Read_TextThatIsNotAnArticle_IsSkippedWithAReason(string text, string reason)
    {
        var result = new PlainTextReader().Read("bad.txt", text);

        Assert.Null(result.Document);
        Assert.Equal(new SkippedFile("bad.txt", reason), result.Skipped);
    }
}
