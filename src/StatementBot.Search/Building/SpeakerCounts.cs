using StatementBot.Corpus.Attribution;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>
/// Each speaker's exact numbers (statements, documents, first and last date) counted as <see cref="SpeakerStatsCollector"/>
/// counts them, in milliseconds; the distinctive terms are carried from an earlier build until they are recomputed.
/// </summary>
internal static class SpeakerCounts
{
    public static Dictionary<string, SpeakerStats> Of(IEnumerable<Statement> indexable, Func<string, SpeakerStats?> earlier)
    {
        var tallies = new Dictionary<string, (int Statements, HashSet<string> Paths, DateOnly? First, DateOnly? Last)>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in indexable)
        {
            if (statement.ByOrganisation)
            {
                continue;
            }

            var tally = tallies.TryGetValue(statement.Speaker, out var found) ? found : (0, new HashSet<string>(StringComparer.Ordinal), null, null);
            tally.Statements++;
            tally.Paths.Add(statement.Document.Path);
            if (statement.Document.Date is { } date)
            {
                tally.First = tally.First is { } first && first <= date ? first : date;
                tally.Last = tally.Last is { } last && last >= date ? last : date;
            }

            tallies[statement.Speaker] = tally;
        }

        var stats = new Dictionary<string, SpeakerStats>(StringComparer.OrdinalIgnoreCase);
        foreach (var (speaker, tally) in tallies)
        {
            var before = earlier(speaker);
            stats[speaker] = new SpeakerStats(tally.Statements, tally.Paths.Count, tally.First, tally.Last, before?.DistinctiveTerms ?? [], before?.DistinctiveAgainst);
        }

        return stats;
    }
}
