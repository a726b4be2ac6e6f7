using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Cuts turns into statements a reader can take in at once: a turn longer than <see cref="MaxStatementLength"/>
/// characters is split at paragraph boundaries into pieces of at most that length (a single longer paragraph stays
/// whole), each keeping the speaker, role, kind and question. Positions count statements through the document.
/// </summary>
internal static class TurnSplitter
{
    public const int MaxStatementLength = 1500;

    /// <summary>Joins a statement's paragraphs; kept so the text still reads as paragraphs.</summary>
    public const string ParagraphSeparator = "\n\n";

    public static IReadOnlyList<Statement> Split(IEnumerable<Turn> turns, DocumentInfo document)
    {
        var statements = new List<Statement>();
        foreach (var turn in turns)
        {
            foreach (var piece in Pieces(turn.Paragraphs))
            {
                statements.Add(new Statement(turn.Speaker.Name, turn.Speaker.Role, turn.Kind, piece, turn.Question, document, statements.Count));
            }
        }

        return statements;
    }

    private static IEnumerable<string> Pieces(IReadOnlyList<string> paragraphs)
    {
        var piece = new List<string>();
        var length = 0;
        foreach (var paragraph in paragraphs)
        {
            var added = paragraph.Length + (piece.Count == 0 ? 0 : ParagraphSeparator.Length);
            if (piece.Count > 0 && length + added > MaxStatementLength)
            {
                yield return string.Join(ParagraphSeparator, piece);
                piece.Clear();
                length = 0;
                added = paragraph.Length;
            }

            piece.Add(paragraph);
            length += added;
        }

        if (piece.Count > 0)
        {
            yield return string.Join(ParagraphSeparator, piece);
        }
    }
}
