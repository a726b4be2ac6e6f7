namespace StatementBot.Search.Querying;

/// <summary>
/// One exchange, one hit: in a ranked page, a hit from the same document as a better-ranked hit and at most
/// <see cref="Reach"/> statements from it (a follow-up question answered on the same topic) is folded into the hit
/// shown for that exchange instead of being shown as its own — when the same person speaks: an article's quotes of two
/// people side by side are two moments. Nothing is dropped: every folded hit is listed under the hit it joined.
/// </summary>
public static class ExchangeFolding
{
    /// <summary>How many statements apart two hits of one document may be and still count as one exchange.</summary>
    public const int Reach = 2;

    /// <summary>The hits to show, in rank order, each with the hits folded into it (in rank order too).</summary>
    /// <remarks>
    /// A hit near one that was itself folded joins the same shown hit (a follow-up of a follow-up is still the same
    /// exchange). A page holds at most <see cref="StatementSearcher.MaxPageSize"/> hits, so comparing each with every
    /// better one costs nothing worth an index.
    /// </remarks>
    /// <param name="ranked">The page's hits, best first.</param>
    /// <param name="document">The hit's document (its path).</param>
    /// <param name="position">The hit's statement position in its document.</param>
    /// <param name="speaker">The hit's speaker; hits of different speakers are never folded together.</param>
    public static IReadOnlyList<(T Hit, IReadOnlyList<T> Folded)> Fold<T>(IReadOnlyList<T> ranked, Func<T, string> document, Func<T, int> position, Func<T, string>? speaker = null)
    {
        var shown = new List<(T Hit, List<T> Folded)>(ranked.Count);
        var places = new List<(string Document, int Position, string? Speaker, int Shown)>(ranked.Count);
        foreach (var hit in ranked)
        {
            var (path, at, who) = (document(hit), position(hit), speaker?.Invoke(hit));
            var near = places.FindIndex(p => string.Equals(p.Document, path, StringComparison.Ordinal) && Math.Abs(p.Position - at) <= Reach
                && string.Equals(p.Speaker, who, StringComparison.Ordinal));
            var into = near >= 0 ? places[near].Shown : shown.Count;
            if (near >= 0)
            {
                shown[into].Folded.Add(hit);
            }
            else
            {
                shown.Add((hit, []));
            }

            places.Add((path, at, who, into));
        }

        return shown.Select(s => (s.Hit, (IReadOnlyList<T>)s.Folded)).ToArray();
    }
}
