using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Makes one statement of each turn — an answer with all its paragraphs, a remark between two questions, a speech —
/// so one exchange is one hit and every count counts moments, not paragraphs (a turn once cut into pieces of 1,500
/// characters came back as two or three hits answering the same question). The paragraphs stay apart in the text.
/// Positions count statements through the document.
/// </summary>
internal static class TurnStatements
{
    /// <summary>Joins a statement's paragraphs; kept so the text still reads as paragraphs.</summary>
    public const string ParagraphSeparator = "\n\n";

    public static IReadOnlyList<Statement> From(IEnumerable<Turn> turns, DocumentInfo document)
    {
        var statements = new List<Statement>();
        foreach (var turn in turns)
        {
            var text = string.Join(ParagraphSeparator, turn.Paragraphs);
            statements.Add(new Statement(turn.Speaker.Name, turn.Speaker.Role, turn.Kind, text, turn.Question, document, statements.Count));
        }

        return statements;
    }
}
