using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>
/// Makes statements of turns: a turn — an answer with all its paragraphs, a remark between two questions — is one
/// statement, so one exchange is one hit and counts count moments, not paragraphs (turns once cut into pieces of
/// 1,500 characters came back as two or three hits answering the same question). Only a turn longer than
/// <see cref="MaxStatementLength"/> — a speech, a long opening statement — is cut, at paragraph boundaries, into as
/// few pieces of near-equal length as fit: a whole speech as one statement would match any few words it happens to
/// use somewhere. Each piece keeps the speaker, role, kind and question. Positions count statements through the document.
/// </summary>
internal static class TurnStatements
{
    /// <summary>
    /// Ninety-nine in a hundred of the Foreign Ministry's answers are shorter; the White House's speeches run to
    /// 50,000 characters.
    /// </summary>
    public const int MaxStatementLength = 4000;

    /// <summary>Joins a statement's paragraphs; kept so the text still reads as paragraphs.</summary>
    public const string ParagraphSeparator = "\n\n";

    public static IReadOnlyList<Statement> From(IEnumerable<Turn> turns, DocumentInfo document)
    {
        var statements = new List<Statement>();
        foreach (var turn in turns)
        {
            foreach (var piece in Pieces(turn.Paragraphs))
            {
                // "SENIOR ADMINISTRATION OFFICIAL:": someone the transcript leaves unnamed, as articles' "officials said" —
                // searchable, counted apart from people, never one person across every briefing.
                statements.Add(new Statement(turn.Speaker.Name, turn.Speaker.Role, turn.Kind, piece, turn.Question, document, statements.Count,
                    ByOrganisation: Speakers.OfficeNames.IsAnonymous(turn.Speaker.Name)));
            }
        }

        return statements;
    }

    private static IEnumerable<string> Pieces(IReadOnlyList<string> paragraphs)
    {
        var total = paragraphs.Sum(p => p.Length) + Math.Max(0, paragraphs.Count - 1) * ParagraphSeparator.Length;
        if (total <= MaxStatementLength)
        {
            yield return string.Join(ParagraphSeparator, paragraphs);
            yield break;
        }

        // k pieces: the i-th cut falls at the paragraph boundary nearest i/k of the way through the turn.
        var count = (total + MaxStatementLength - 1) / MaxStatementLength;
        var piece = new List<string>();
        var done = 0;
        var cuts = 0;
        foreach (var paragraph in paragraphs)
        {
            var boundary = (long)total * (cuts + 1) / count;
            if (piece.Count > 0 && cuts < count - 1 && done + paragraph.Length / 2 > boundary)
            {
                yield return string.Join(ParagraphSeparator, piece);
                piece.Clear();
                cuts++;
            }

            piece.Add(paragraph);
            done += paragraph.Length + ParagraphSeparator.Length;
        }

        if (piece.Count > 0)
        {
            yield return string.Join(ParagraphSeparator, piece);
        }
    }
}
