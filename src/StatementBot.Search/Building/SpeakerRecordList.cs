using StatementBot.Corpus.Speakers;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>The rows of <c>speakers.json</c>: the registry's entries with their statistics.</summary>
internal static class SpeakerRecordList
{
    /// <summary>Every registry entry with its statistics, plus any speaker the statements name that the registry lacks.</summary>
    public static List<SpeakerRecord> Of(SpeakerRegistry registry, IReadOnlyDictionary<string, SpeakerStats> stats)
    {
        var records = registry.Speakers
            .Select(entry => new SpeakerRecord(entry, stats.GetValueOrDefault(entry.Name) ?? SpeakerStats.None))
            .ToList();
        var known = new HashSet<string>(registry.Speakers.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        records.AddRange(stats
            .Where(s => !known.Contains(s.Key))
            .OrderBy(s => s.Key, StringComparer.OrdinalIgnoreCase)
            .Select(s => new SpeakerRecord(new SpeakerEntry(s.Key, [], []), s.Value)));
        return records;
    }
}
