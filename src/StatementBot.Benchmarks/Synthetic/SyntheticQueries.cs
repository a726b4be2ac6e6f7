using StatementBot.Benchmarks.Queries;
using StatementBot.Commands.Routing;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Benchmarks.Synthetic;

/// <summary>
/// The query set made to fit a synthetic corpus: the same words, phrases, dates and options, with every real
/// speaker named in a query swapped for a fictional one (the same real name always becomes the same fictional name,
/// and the two sides of a /compare stay different people).
/// </summary>
public static class SyntheticQueries
{
    private static readonly string[] SpeakerOptions = ["speaker", "name", "a", "b", "speaker2", "speaker3", "speaker4", "speaker5"];

    /// <param name="speakers">The fictional speakers, most prolific first; names map onto the busiest quarter.</param>
    public static QuerySet Rewrite(QuerySet set, IReadOnlyList<SpeakerEntry> speakers) =>
        set.Select(set.Source + " (speakers made fictional)", query => Rewrite(query, speakers));

    private static BenchQuery Rewrite(BenchQuery query, IReadOnlyList<SpeakerEntry> speakers)
    {
        var pool = Math.Max(2, speakers.Count / 4);
        var options = new Dictionary<string, string>(query.Request.Options, StringComparer.OrdinalIgnoreCase);
        var used = new HashSet<int>();
        foreach (var option in SpeakerOptions)
        {
            if (query.Request.Get(option) is not { } real)
            {
                continue;
            }

            var slot = (int)(StableHash(real.ToLowerInvariant()) % (uint)pool);
            while (!used.Add(slot))
            {
                slot = (slot + 1) % pool;
            }

            options[option] = speakers[slot].Name;
        }

        var request = new CommandRequest(query.Request.Command, options);
        return query with { Request = request };
    }

    /// <summary>FNV-1a: the same on every run and platform, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
