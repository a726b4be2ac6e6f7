using StatementBot.Commands.Routing;
using StatementBot.Corpus.Loading;

namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// Runs each known item's query as a user would type it (<c>/quote query:…</c>, relevance order, the first two pages:
/// ten hits) through an engine and finds the rank of the first hit that is the known item (<see cref="KnownItemText"/>).
/// </summary>
public static class KnownItemBench
{
    public const int Depth = 10;

    /// <summary>One engine: the request in, the hits' files and full texts out, best first.</summary>
    public delegate IReadOnlyList<(string Path, string Text)> Engine(CommandRequest request);

    /// <summary>The items whose file the loaded corpus has, and of those the ones whose fragment a statement holds.</summary>
    public static (HashSet<int> InCorpus, HashSet<int> Indexed) Coverage(IReadOnlyList<KnownItem> items, CorpusLoad corpus)
    {
        var inCorpus = new HashSet<int>();
        var indexed = new HashSet<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var document = corpus.Documents.FirstOrDefault(d => KnownItemText.IsSameFile(item.Path, d.Document.Info.Path));
            if (document is null)
            {
                continue;
            }

            inCorpus.Add(i);
            if (document.Statements.Any(s => KnownItemText.IsRelevant(item, document.Document.Info.Path, s.Text)))
            {
                indexed.Add(i);
            }
        }

        return (inCorpus, indexed);
    }

    public static KnownItemFigures Measure(KnownItemSet set, HashSet<int> inCorpus, int indexed, Engine ours, Engine fts5)
    {
        var ranks = new List<KnownItemRank>();
        for (var i = 0; i < set.Items.Count; i++)
        {
            if (!inCorpus.Contains(i))
            {
                continue;
            }

            var item = set.Items[i];
            var request = new CommandRequest(QueriesQuote, ("query", item.Query));
            ranks.Add(new KnownItemRank(item.Line, item.Query, RankOf(item, ours(request)), RankOf(item, fts5(request))));
        }

        return new KnownItemFigures(
            set.Source,
            set.Items.Count,
            ranks.Count,
            indexed,
            KnownItemScores.Of(ranks.Select(r => r.StatementBot).ToArray()),
            KnownItemScores.Of(ranks.Select(r => r.Fts5).ToArray()),
            ranks,
            set.Problems);
    }

    /// <summary>
    /// The first <see cref="Depth"/> hits of a paged engine: page 1, then page 2, … until ten or an empty page. A short
    /// page does not end the list: StatementBot folds an exchange's follow-ups into its hit, so a page can show fewer
    /// than its size and still have pages after it.
    /// </summary>
    public static IReadOnlyList<(string Path, string Text)> FirstHits(CommandRequest request, Func<CommandRequest, IReadOnlyList<(string Path, string Text)>> page)
    {
        var hits = new List<(string Path, string Text)>();
        for (var number = 1; hits.Count < Depth; number++)
        {
            var found = page(request.With("page", number.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (found.Count == 0)
            {
                break;
            }

            hits.AddRange(found);
        }

        return hits.Take(Depth).ToArray();
    }

    private const string QueriesQuote = Queries.QuerySet.Quote;

    private static int? RankOf(KnownItem item, IReadOnlyList<(string Path, string Text)> hits)
    {
        for (var i = 0; i < hits.Count && i < Depth; i++)
        {
            if (KnownItemText.IsRelevant(item, hits[i].Path, hits[i].Text))
            {
                return i + 1;
            }
        }

        return null;
    }
}
