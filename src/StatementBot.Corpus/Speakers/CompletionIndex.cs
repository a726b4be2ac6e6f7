namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Precomputed autocomplete over speaker names and aliases: every name from each word on ("karine jean-pierre",
/// "jean-pierre", "pierre") sorted once, so a keystroke is a binary search plus a short walk; names that only
/// contain the typed text come after, from one lower-cased string per speaker.
/// </summary>
internal sealed class CompletionIndex
{
    private readonly string[] _keys;
    private readonly int[] _entryOfKey;
    private readonly bool[] _keyStartsName;
    private readonly string[] _haystacks;

    public CompletionIndex(IReadOnlyList<SpeakerEntry> entries)
    {
        var keys = new List<(string Key, int Entry, bool StartsName)>();
        _haystacks = new string[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var names = entries[i].Aliases.Prepend(entries[i].Name).Select(NameKey.Fold).Distinct().ToArray();
            _haystacks[i] = string.Join('\n', names);
            for (var n = 0; n < names.Length; n++)
            {
                var folded = names[n];
                for (var p = 0; p < folded.Length; p++)
                {
                    if (p == 0 || folded[p - 1] is ' ' or '-' or '\'')
                    {
                        keys.Add((folded[p..], i, n == 0 && p == 0));
                    }
                }
            }
        }
        keys.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        _keys = keys.Select(k => k.Key).ToArray();
        _entryOfKey = keys.Select(k => k.Entry).ToArray();
        _keyStartsName = keys.Select(k => k.StartsName).ToArray();
    }

    /// <summary>
    /// Entry indices for what was typed: names starting with it first, then names with a word starting with it,
    /// then names containing it; alphabetical within each, at most <paramref name="max"/>.
    /// </summary>
    public IReadOnlyList<int> Complete(string typed, int max)
    {
        var prefix = NameKey.Fold(typed);
        if (prefix.Length == 0 || max <= 0)
        {
            return [];
        }

        var startsName = new List<int>();
        var startsWord = new List<int>();
        var seen = new HashSet<int>();
        for (var k = LowerBound(prefix); k < _keys.Length && _keys[k].StartsWith(prefix, StringComparison.Ordinal); k++)
        {
            var entry = _entryOfKey[k];
            if (_keyStartsName[k])
            {
                startsName.Add(entry);
            }
            else
            {
                startsWord.Add(entry);
            }
        }

        var result = new List<int>(Math.Min(max, 32));
        startsName.Sort();
        startsWord.Sort();
        foreach (var entry in startsName.Concat(startsWord))
        {
            if (result.Count == max)
            {
                return result;
            }
            if (seen.Add(entry))
            {
                result.Add(entry);
            }
        }
        for (var i = 0; i < _haystacks.Length && result.Count < max; i++)
        {
            if (!seen.Contains(i) && _haystacks[i].Contains(prefix, StringComparison.Ordinal))
            {
                seen.Add(i);
                result.Add(i);
            }
        }
        return result;
    }

    private int LowerBound(string prefix)
    {
        int lo = 0, hi = _keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (string.CompareOrdinal(_keys[mid], prefix) < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
