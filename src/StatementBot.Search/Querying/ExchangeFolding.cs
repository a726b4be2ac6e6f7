namespace StatementBot.Search.Querying;

/// <summary>
/// One exchange, one hit: in a ranked page, a hit from the same document as a better-ranked shown hit and at most
/// <see cref="Reach"/> statements from it (a follow-up question answered on the same topic) is folded into that hit
/// instead of being shown as its own. Nothing is dropped: every folded hit is listed under the hit it joined.
/// </summary>
public static class ExchangeFolding
{
    /// <summary>How many statements apart two hits of one document may be and still count as one exchange.</summary>
    public const int Reach = 2;

    /// <summary>
    /// The hits to show, in rank order, each with the hits folded into it (in rank order too). Hits are compared with
    /// the shown hits only, so a run of answers spread through a long briefing is not swallowed by its first one.
    /// </summary>
    /// <param name="ranked">The page's hits, best first.</param>
    /// <param name="document">The hit's document (its path).</param>
    /// <param name="position">The hit's statement position in its document.</param>
    public static IReadOnlyList<(T Hit, IReadOnlyList<T> Folded)> Fold<T>(IReadOnlyList<T> ranked, Func<T, string> document, Func<T, int> position)
    {
        var shown = new List<(T Hit, string Document, int Position, List<T> Folded)>(ranked.Count);
        foreach (var hit in ranked)
        {
            var (path, at) = (document(hit), position(hit));
            var anchor = shown.FindIndex(s => string.Equals(s.Document, path, StringComparison.Ordinal) && Math.Abs(s.Position - at) <= Reach);
            if (anchor >= 0)
            {
                shown[anchor].Folded.Add(hit);
            }
            else
            {
                shown.Add((hit, path, at, []));
            }
        }

        return shown.Select(s => (s.Hit, (IReadOnlyList<T>)s.Folded)).ToArray();
    }
}
