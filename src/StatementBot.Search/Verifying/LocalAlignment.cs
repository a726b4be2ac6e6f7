namespace StatementBot.Search.Verifying;

/// <summary>
/// Where in a statement a claim fits best: a Smith–Waterman local alignment over words (a shared word +2, a changed,
/// missing or extra word −1), so the stretch found is the one that agrees most, in order, and words that agree only
/// far apart ("the" … "of") are not bridged. Only the score and the stretch are kept (two columns, not the matrix):
/// <see cref="WordDiff"/> then says word by word how the claim departs from that stretch.
/// </summary>
internal static class LocalAlignment
{
    private const int Same = 2;
    private const int Differs = -1;
    private const int Gap = -1;

    /// <summary>The best score and the statement words [From, To) it covers; a score of 0 when no word is shared.</summary>
    /// <param name="claim">The claim's words as ids (<see cref="Ids"/>).</param>
    /// <param name="statement">The statement's words as the same ids; a word the claim does not have is -1.</param>
    public static (int Score, int From, int To) Best(int[] claim, int[] statement)
    {
        var rows = claim.Length + 1;
        var previous = new int[rows];
        var current = new int[rows];
        var previousStart = new int[rows];
        var currentStart = new int[rows];
        var (best, from, to) = (0, 0, 0);
        for (var j = 1; j <= statement.Length; j++)
        {
            var word = statement[j - 1];
            current[0] = 0;
            for (var i = 1; i < rows; i++)
            {
                var diagonal = previous[i - 1] + (claim[i - 1] == word ? Same : Differs);
                var skipClaim = current[i - 1] + Gap;
                var skipStatement = previous[i] + Gap;
                var score = Math.Max(0, Math.Max(diagonal, Math.Max(skipClaim, skipStatement)));
                current[i] = score;
                if (score == 0)
                {
                    continue;
                }

                currentStart[i] = score == diagonal ? (previous[i - 1] == 0 ? j - 1 : previousStart[i - 1])
                    : score == skipClaim ? currentStart[i - 1]
                    : previousStart[i];
                if (score > best)
                {
                    (best, from, to) = (score, currentStart[i], j);
                }
            }

            (previous, current) = (current, previous);
            (previousStart, currentStart) = (currentStart, previousStart);
        }

        return (best, from, to);
    }

    /// <summary>Numbers the claim's words (the same word, the same number) and the statement's by them.</summary>
    public static (int[] Claim, Dictionary<string, int> Ids) Ids(IReadOnlyList<string> claim)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var numbered = new int[claim.Count];
        for (var i = 0; i < claim.Count; i++)
        {
            if (!ids.TryGetValue(claim[i], out var id))
            {
                id = ids.Count;
                ids[claim[i]] = id;
            }

            numbered[i] = id;
        }

        return (numbered, ids);
    }
}
