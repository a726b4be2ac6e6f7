namespace StatementBot.Search.Building;

/// <summary>
/// Picks the terms to show from a ranked list: never two that share a word. A phrase takes the place of the words
/// (or shorter phrase) it holds when it accounts for at least half of their uses ("Hong Kong" replaces "hong");
/// otherwise the first-ranked of the two stays.
/// </summary>
internal static class TermSelection
{
    /// <summary>How far past a full list to look for phrases that absorb a listed word.</summary>
    private const int LookPastFull = 60;

    /// <param name="ranked">Candidate terms, most telling first.</param>
    /// <param name="countOf">How often the speaker uses a term.</param>
    /// <param name="allowed">False for terms never to show (the speaker's own names).</param>
    /// <param name="overlap">Whether two terms share a word.</param>
    /// <param name="length">How many words a term has.</param>
    public static List<T> Pick<T>(
        IEnumerable<T> ranked, Func<T, long> countOf, Func<T, bool> allowed, Func<T, T, bool> overlap, Func<T, int> length, int take)
    {
        var picked = new List<T>(take);
        var pastFull = 0;
        foreach (var key in ranked)
        {
            var full = picked.Count >= take;
            if ((full && pastFull++ >= LookPastFull) || !allowed(key))
            {
                if (full && pastFull > LookPastFull)
                {
                    break;
                }
                continue;
            }

            var clashes = picked.Where(p => overlap(p, key)).ToList();
            if (clashes.Count == 0)
            {
                if (!full)
                {
                    picked.Add(key);
                }
                continue;
            }

            var absorbs = clashes.All(c => length(c) < length(key) && countOf(key) * 2 >= countOf(c));
            if (absorbs)
            {
                picked[picked.IndexOf(clashes[0])] = key;
                foreach (var clash in clashes.Skip(1))
                {
                    picked.Remove(clash);
                }
            }
        }
        return picked;
    }
}
