namespace StatementBot.Search.Building;

/// <summary>
/// Chooses what a speaker's words are compared with: their peers where there are enough of them — the others with
/// the same role (one Foreign Ministry spokesperson against the others, one press secretary against the others),
/// else the others from the same source — and the whole corpus otherwise. Peers tell more: against the whole
/// corpus every White House speaker "distinctively" says "American", every ministry spokesperson "China".
/// </summary>
internal sealed class PeerBackground(IReadOnlyDictionary<string, SpeakerTally> speakers, IReadOnlyDictionary<long, long> corpus, long corpusWords)
{
    /// <summary>Peers must have said at least this many words between them to stand in for the corpus.</summary>
    public const long MinimumWords = 20_000;

    private readonly Dictionary<string, Group> _groups = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The background for <paramref name="tally"/>: counts and total with the speaker's own words taken out, and how to name it.</summary>
    public (Func<long, long> Theirs, long TheirWords, string Against) For(SpeakerTally tally)
    {
        foreach (var (kind, value) in new[] { ("role", tally.PrimaryRole), ("source", tally.PrimarySource) })
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            var group = GroupOf(kind, value);
            var peerWords = group.Words - tally.Words;
            if (group.Members > 1 && peerWords >= MinimumWords && group.Words < corpusWords)
            {
                var against = kind == "role" ? $"others with the role {value}" : $"others from {value}";
                return (key => group.Counts.GetValueOrDefault(key) - tally.Counts.GetValueOrDefault(key), peerWords, against);
            }
        }
        return (key => corpus.GetValueOrDefault(key) - tally.Counts.GetValueOrDefault(key), corpusWords - tally.Words, "the whole corpus");
    }

    private Group GroupOf(string kind, string value)
    {
        var name = kind + ":" + value;
        if (_groups.TryGetValue(name, out var group))
        {
            return group;
        }

        group = new Group();
        foreach (var tally in speakers.Values)
        {
            var mine = kind == "role" ? tally.PrimaryRole : tally.PrimarySource;
            if (!string.Equals(mine, value, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            group.Members++;
            group.Words += tally.Words;
            foreach (var (key, count) in tally.Counts)
            {
                group.Counts[key] = group.Counts.GetValueOrDefault(key) + count;
            }
        }
        _groups[name] = group;
        return group;
    }

    private sealed class Group
    {
        public int Members;
        public long Words;
        public readonly Dictionary<long, long> Counts = [];
    }
}
