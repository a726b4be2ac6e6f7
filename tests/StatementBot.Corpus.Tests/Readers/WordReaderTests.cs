using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading.Docx;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Readers;

public sealed class WordReaderTests
{
    private const string PsakiBriefing = "wh-briefings/press-briefings/2021-01/2021-01-21-press-briefing-by-press-secretary-jen-psaki-january-21-2021.md";
    private const string PelosiArticle = "wikinews/2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.txt";

    [SharedFact]
    public void Read_BriefingSavedAsWord_IsATranscriptWithTheSameStatements()
    {
        using var trip = new RoundTrip(PsakiBriefing);

        var word = trip.ReadAs("briefing.docx", GeneratedDocx.Of(trip.Original, titleInProperties: true)).Document!;

        Assert.Equal(WordReader.Word, word.Format);
        Assert.Equal(trip.Original.Info.Title, word.Info.Title);
        Assert.Equal(trip.Original.Info.Date, word.Info.Date);
        Assert.True(TranscriptAttributor.LooksLikeTranscript(word));
        var expected = trip.OriginalStatements(winAnsi: false);
        Assert.Contains(expected, s => s.Speaker == "Jen Psaki");
        RoundTrip.AssertSame(expected, RoundTrip.Pairs(word));
    }

    [SharedFact]
    public void Read_ArticleSavedAsWord_IsAnArticleWithTheSameQuotes()
    {
        using var trip = new RoundTrip(PelosiArticle);

        var word = trip.ReadAs("article.docx", GeneratedDocx.Of(trip.Original, titleInProperties: true)).Document!;

        Assert.False(TranscriptAttributor.LooksLikeTranscript(word));
        var expected = trip.OriginalStatements(winAnsi: false);
        Assert.Contains(expected, s => s.Speaker == "Nancy Pelosi");
        RoundTrip.AssertSame(expected, RoundTrip.Pairs(word));
    }

    [SharedFact]
    public void Read_WordFileWithoutATitleProperty_TakesItsFirstHeading()
    {
        using var trip = new RoundTrip(PelosiArticle);

        var word = trip.ReadAs("article.docx", GeneratedDocx.Of(trip.Original, titleInProperties: false)).Document!;

        Assert.Equal(trip.Original.Info.Title, word.Info.Title);
        Assert.Equal(trip.Original.Paragraphs, word.Paragraphs);
    }
}
