using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Reading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Reading;

public sealed class MarkdownReaderTests
{
    [SharedFact]
    public void Read_JeanPierreBriefing_TakesTitleDateUrlFromFrontMatter()
    {
        var document = CorpusSamples.Read(CorpusSamples.JeanPierreBriefing);

        Assert.Equal(DocumentFormat.Markdown, document.Format);
        Assert.Equal("Press Briefing by Press Secretary Karine Jean-Pierre", document.Info.Title);
        Assert.Equal(new DateOnly(2023, 5, 1), document.Info.Date);
        Assert.Equal("https://bidenwhitehouse.archives.gov/briefing-room/press-briefings/2023/05/01/press-briefing-by-press-secretary-karine-jean-pierre-29/", document.Info.Url);
        Assert.Equal("The White House", document.Info.Source);
    }

    [SharedFact]
    public void Read_JeanPierreBriefing_JoinsWrappedLinesAndUndoesEscapes()
    {
        var paragraphs = CorpusSamples.Read(CorpusSamples.JeanPierreBriefing).Paragraphs;

        Assert.Equal("James S. Brady Press Briefing Room", paragraphs[0]);
        Assert.Equal("3:35 P.M. EDT", paragraphs[1]);
        Assert.Equal("MS. JEAN-PIERRE: Hi, everybody.", paragraphs[2]);
        Assert.Equal("Q Hi.", paragraphs[3]);
        Assert.Contains(paragraphs, p => p.StartsWith(
            "MS. JEAN-PIERRE: I want to be very clear. This — this meeting that — the bilat that they’re currently havening [sic] — happening between the two heads of states,",
            StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains('\u00A0') || p.Contains('\\') || p.Contains('\n') || p.Contains("  ", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_StruckOutWord_KeepsOnlyTheBracketedCorrection()
    {
        var paragraphs = CorpusSamples.Read(CorpusSamples.HarrisEllipse).Paragraphs;

        Assert.Contains(paragraphs, p => p.Contains("to set free the violent extremists who [assaulted] those law enforcement officers on January 6th.", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains("insaulted", StringComparison.Ordinal) || p.Contains("<s>", StringComparison.Ordinal));
    }

    [SharedFact]
    public void Read_BodyInsideHtmlTable_SplitsParagraphsAtLineBreaks()
    {
        var paragraphs = CorpusSamples.Read(CorpusSamples.BodyInHtmlTable).Paragraphs;

        Assert.Equal(
            [
                "Nash Community College",
                "Rocky Mount, North Carolina",
                "1:20 P.M. EDT",
                "THE FIRST LADY: Hi! Hello. Nice to see you. (Applause.) Hello. Thank you. Thank you very much. Thank you. Please, have a seat.",
                "So, hello, everyone. Good morning. I think it’s morning. I don’t — afternoon? (Laughs.) I lost track.",
            ],
            paragraphs.Take(5));
    }

    [SharedFact]
    public void Read_TitleWrittenInCapitals_IsKeptAsWritten()
    {
        var document = CorpusSamples.Read(CorpusSamples.HarrisAllCapsTitle);

        Assert.Equal("REMARKS BY VICE PRESIDENT HARRIS AFTER RECEIVING THE SECOND DOSE OF THE COVID-19 VACCINE", document.Info.Title);
    }

    [Fact]
    public void Read_FrontMatterThatIsNotYaml_IsSkippedWithReason()
    {
        var text = "---\ntitle: \"Remarks by Spokesperson Ada Quill\ndate: [2024-01-01\n---\n\nSPOKESPERSON QUILL: Good morning.\n";

        var result = new MarkdownReader().Read("notes/quill.md", text);

        Assert.Null(result.Document);
        Assert.StartsWith("front matter is not valid YAML", result.Skipped!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoFrontMatter_UsesFileNameAsTitle()
    {
        var result = new MarkdownReader().Read("notes/ministry-of-examples.md", "SPOKESPERSON QUILL:\u00A0 Good \\*morning\\*.\n");

        Assert.Equal("ministry-of-examples", result.Document!.Info.Title);
        Assert.Null(result.Document.Info.Date);
        Assert.Equal(["SPOKESPERSON QUILL: Good *morning*."], result.Document.Paragraphs);
    }

    [Fact]
    public void Read_OnlyFrontMatter_IsSkippedAsHavingNoBody()
    {
        var result = new MarkdownReader().Read("notes/empty.md", "---\ntitle: Remarks by Spokesperson Ada Quill\n---\n\u00A0 \n");

        Assert.Equal("no body text", result.Skipped!.Reason);
    }
}
