using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Reading.Pdf;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Readers;

public sealed class PdfReaderTests
{
    private const string PsakiBriefing = "wh-briefings/press-briefings/2021-01/2021-01-21-press-briefing-by-press-secretary-jen-psaki-january-21-2021.md";
    private const string PelosiArticle = "wikinews/2019-01-04-nancy-pelosi-again-elected-speaker-as-116th-u-s-congress-sworn-in.txt";
    private const string RunningHeader = "Briefing Room Transcript Archive";

    [SharedFact]
    public void Read_BriefingPrintedAsPdf_IsATranscriptWithTheSameStatements()
    {
        using var trip = new RoundTrip(PsakiBriefing);

        var read = trip.ReadAs("briefing.pdf", GeneratedPdf.Of(trip.Original, RunningHeader));

        var pdf = Assert.IsType<Documents.SourceDocument>(read.Document);
        Assert.Equal(PdfReader.Pdf, pdf.Format);
        Assert.Equal(trip.Original.Info.Title, pdf.Info.Title);
        Assert.Equal(trip.Original.Info.Date, pdf.Info.Date);
        Assert.True(TranscriptAttributor.LooksLikeTranscript(pdf));
        var expected = trip.OriginalStatements(winAnsi: true);
        Assert.Contains(expected, s => s.Speaker == "Jen Psaki");
        RoundTrip.AssertSame(expected, RoundTrip.Pairs(pdf));
    }

    [SharedFact]
    public void Read_BriefingPrintedAsPdf_NoHeaderFooterOrPageNumberInAnyStatement()
    {
        using var trip = new RoundTrip(PsakiBriefing);

        var pdf = trip.ReadAs("briefing.pdf", GeneratedPdf.Of(trip.Original, RunningHeader)).Document!;

        var statements = RoundTrip.StatementsOf(pdf);
        Assert.NotEmpty(statements);
        Assert.DoesNotContain(statements, s => s.Text.Contains(RunningHeader, StringComparison.Ordinal) || s.Text.Contains(" of ", StringComparison.Ordinal) && PageFooter(s.Text));
        Assert.DoesNotContain(pdf.Paragraphs, p => PageMargins.IsPageNumber(p) || p.Contains(RunningHeader, StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_BriefingWithWordsHyphenatedAtLineEnds_HasTheWordsWhole()
    {
        using var trip = new RoundTrip(PsakiBriefing);
        var hyphenated = new List<string>();

        var pdf = trip.ReadAs("briefing.pdf", GeneratedPdf.Of(trip.Original, RunningHeader, hyphenated: hyphenated)).Document!;

        Assert.NotEmpty(hyphenated);
        var text = string.Join(' ', pdf.Paragraphs);
        Assert.All(hyphenated, word => Assert.Contains(word, text, StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_ArticlePrintedAsPdf_IsAnArticleWithTheSameQuotes()
    {
        using var trip = new RoundTrip(PelosiArticle);

        var pdf = trip.ReadAs("article.pdf", GeneratedPdf.Of(trip.Original, "Wikinews")).Document!;

        Assert.False(TranscriptAttributor.LooksLikeTranscript(pdf));
        var expected = trip.OriginalStatements(winAnsi: true);
        Assert.Contains(expected, s => s.Speaker == "Nancy Pelosi");
        RoundTrip.AssertSame(expected, RoundTrip.Pairs(pdf));
    }

    [SharedFact]
    public void Read_PdfWithoutATitleProperty_TakesTheLargeLineAtTheTopAsTitle()
    {
        using var trip = new RoundTrip(PelosiArticle);

        var pdf = trip.ReadAs("article.pdf", GeneratedPdf.Of(trip.Original, "Wikinews", withTitleInInfo: false)).Document!;

        Assert.Equal(trip.Original.Info.Title, pdf.Info.Title);
        Assert.Equal(trip.Original.Info.Date, pdf.Info.Date);
        Assert.DoesNotContain(trip.Original.Info.Title, pdf.Paragraphs);
        Assert.Contains(RoundTrip.Flat(trip.Original.Paragraphs[0]), pdf.Paragraphs);
    }

    private static bool PageFooter(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, @"\bPage \d+ of \d+\b");
}
