using System.Text;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Tests.Chat;

/// <summary>
/// Whether a hit really satisfies a parsed query, checked apart from the index where it can be: a phrase must stand
/// in the statement's text word for word, a prefix must start one of its words, NOT/AND/OR combine as they say. A
/// plain word is matched in any form, so for words the index's own answer for that word alone is the reference (its
/// hits and the follow-ups folded into them).
/// </summary>
public sealed class QueryTruth(StatementSearcher searcher)
{
    private readonly Dictionary<string, HashSet<string>> _wordHits = new(StringComparer.OrdinalIgnoreCase);

    public bool Holds(QueryNode node, StatementHit hit) => node switch
    {
        QueryNode.Phrase phrase => $" {Normalize(hit.Text)} ".Contains($" {Normalize(phrase.Text)} ", StringComparison.Ordinal),
        QueryNode.Prefix prefix => Normalize(hit.Text).Split(' ').Any(w => w.StartsWith(Normalize(prefix.Text), StringComparison.Ordinal)),
        QueryNode.Word word => WordHits(word.Text).Contains(hit.Id),
        QueryNode.Not not => !Holds(not.Operand, hit),
        QueryNode.All all => all.Operands.All(o => Holds(o, hit)),
        QueryNode.Any any => any.Operands.Any(o => Holds(o, hit)),
        _ => false,
    };

    /// <summary>Every kind of node in the tree, to compare with what an example says it does.</summary>
    public static IEnumerable<QueryNode> Nodes(QueryNode node) => node switch
    {
        QueryNode.Not not => [node, .. Nodes(not.Operand)],
        QueryNode.All all => [node, .. all.Operands.SelectMany(Nodes)],
        QueryNode.Any any => [node, .. any.Operands.SelectMany(Nodes)],
        _ => [node],
    };

    private HashSet<string> WordHits(string word)
    {
        if (!_wordHits.TryGetValue(word, out var ids))
        {
            var result = searcher.Quote(new QuoteQuery(word, PageSize: StatementSearcher.MaxPageSize));
            ids = (result.Value?.Hits ?? []).SelectMany(h => h.Folded.Prepend(h.Id)).ToHashSet(StringComparer.Ordinal);
            _wordHits[word] = ids;
        }

        return ids;
    }

    /// <summary>Lower case, letters and digits only, single spaces: "Mission Impossible!" reads "mission impossible".</summary>
    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
