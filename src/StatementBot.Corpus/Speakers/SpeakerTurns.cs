using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// The speakers of statements as grouping counts them: each name and role once per document, with how many of its
/// statements give them, in the order they first speak. A document's statements share its source and date, so the
/// others count exactly as the first does, and a name is taken apart once a document instead of once a statement.
/// Organisations and statements without a speaker are left out: they are nobody's in the directory.
/// </summary>
internal static class SpeakerTurns
{
    public static IEnumerable<(Statement First, int Count)> Of(IEnumerable<IReadOnlyList<Statement>> documents)
    {
        var turns = new List<(Statement First, int Count)>();
        var at = new Dictionary<(string Speaker, string? Role), int>();
        foreach (var statements in documents)
        {
            DocumentInfo? document = null;
            foreach (var statement in statements)
            {
                if (statement.ByOrganisation || string.IsNullOrWhiteSpace(statement.Speaker))
                {
                    continue;
                }

                if (document is null || !ReferenceEquals(document, statement.Document) && document != statement.Document)
                {
                    foreach (var turn in turns)
                    {
                        yield return turn;
                    }

                    turns.Clear();
                    at.Clear();
                    document = statement.Document;
                }

                if (at.TryGetValue((statement.Speaker, statement.Role), out var index))
                {
                    turns[index] = (turns[index].First, turns[index].Count + 1);
                }
                else
                {
                    at[(statement.Speaker, statement.Role)] = turns.Count;
                    turns.Add((statement, 1));
                }
            }
        }

        foreach (var turn in turns)
        {
            yield return turn;
        }
    }
}
