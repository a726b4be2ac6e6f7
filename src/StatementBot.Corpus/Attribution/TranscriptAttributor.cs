using StatementBot.Corpus.Attribution.Transcripts;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution;

/// <summary>
/// Turns transcripts into statements. Three shapes are read: White House transcripts (<c>MS. JEAN-PIERRE:</c>,
/// <c>THE PRESIDENT:</c> turns and <c>Q</c> questions), press conferences (<c>Q:</c>/<c>A:</c> or the spokesperson's
/// name, answers belonging to the spokesperson in the title), and speeches without any label, which belong to the
/// speaker the title names ("Remarks by President Biden ..."). Page furniture — the place and time before the first
/// turn, time stamps, stage directions alone on a line — is never a statement; questions are not statements but
/// travel with the answers. A turn is one statement; only a speech-length turn is cut at paragraph boundaries.
/// </summary>
public sealed class TranscriptAttributor
{
    /// <summary>
    /// True when the document is a transcript rather than an article quoting people: it has <c>Q:</c>/<c>A:</c>
    /// exchanges, at least three capitalised speaker turns (or one with a reporter's question), answers under the
    /// name of the spokesperson its title names, or — in formats whose titled pages are speeches
    /// (<see cref="DocumentFormat.TitledSpeechIsTranscript"/>) — a title naming the speaker of a speech. A single <c>Wu Qian: "..."</c> line in an article is a quote, not a transcript.
    /// </summary>
    public static bool LooksLikeTranscript(SourceDocument document)
    {
        var (questions, answers) = PressConferenceTranscript.CountMarkers(document.Paragraphs);
        if (questions > 0 && answers > 0)
        {
            return true;
        }

        var turns = document.Paragraphs.Count(p => TurnLabel.Match(p) is ({ Kind: TurnLabelKind.Person or TurnLabelKind.Role }, _));
        var reporterQuestions = document.Paragraphs.Count(p => WhiteHouseTranscript.Question(p) is not null);
        if (turns >= 3 || (turns >= 1 && reporterQuestions >= 1))
        {
            return true;
        }

        var speakers = new DocumentSpeakers(document);
        var titled = speakers.FromTitle();
        if (PressConferenceTranscript.Applies(document, titled))
        {
            return true;
        }

        return document.Format.TitledSpeechIsTranscript && titled is not null;
    }

    public IReadOnlyList<Statement> Attribute(SourceDocument document)
    {
        var speakers = new DocumentSpeakers(document);
        var titled = speakers.FromTitle();
        IReadOnlyList<Turn> turns;
        if (PressConferenceTranscript.Applies(document, titled))
        {
            turns = new TurnAssembler(titled, answersAreAnswers: true, questionsAreOneParagraph: false)
                .Assemble(PressConferenceTranscript.Classify(document, titled!));
        }
        else
        {
            var lines = WhiteHouseTranscript.Classify(document, speakers);
            if (lines.Any(l => l.Kind == LineKind.Turn))
            {
                turns = new TurnAssembler(null, answersAreAnswers: false, questionsAreOneParagraph: false).Assemble(lines);
            }
            else if (titled is not null)
            {
                var speech = lines.SkipWhile(l => l.Kind != LineKind.Question && TranscriptFurniture.IsHeading(l.Text));
                turns = new TurnAssembler(titled, answersAreAnswers: false, questionsAreOneParagraph: true).Assemble(speech);
            }
            else
            {
                turns = [];
            }
        }

        return TurnStatements.From(turns, document.Info);
    }
}
