namespace StatementBot.Search.Building;

/// <summary>
/// Finds the phrases of a corpus: runs of two or three words that hold together (collocations). A phrase starts and
/// ends with a content word that stands on its own, spans no stop word and no punctuation, occurs at least
/// <see cref="MinimumCount"/> times, and its parts occur together far more often than chance would have them
/// (normalised pointwise mutual information at least <see cref="MinimumAssociation"/>, for a three-word phrase at
/// both of its splits).
/// </summary>
internal static class Collocations
{
    public const int MinimumCount = 8;
    public const double MinimumAssociation = 0.45;
    public const double CutOffShare = 0.75;

    /// <summary>The phrases, each with how often the corpus uses it.</summary>
    public static Dictionary<long, long> Find(IEnumerable<int[]> statements, ScannedWords words)
    {
        var stemCounts = new long[words.StemCount];
        long total = 0;
        var pairs = new Dictionary<long, int>();
        var links = new Dictionary<long, int>();
        var triples = new Dictionary<long, int>();
        foreach (var tokens in statements)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                var form = tokens[i];
                if (form < 0 || words.Stem[form] < 0)
                {
                    continue;
                }

                stemCounts[words.Stem[form]]++;
                total++;
                if (!words.Linkable(tokens, i + 1))
                {
                    continue;
                }

                var next = tokens[i + 1];
                if (words.Candidate[form] && words.Candidate[next])
                {
                    Increment(pairs, TermKey.Pair(words.Stem[form], words.Stem[next]));
                }
                if (words.Candidate[form] || words.Candidate[next])
                {
                    Increment(links, TermKey.Pair(words.Stem[form], words.Stem[next]));
                }
                if (words.Candidate[form] && words.Linkable(tokens, i + 2) && words.Candidate[tokens[i + 2]])
                {
                    Increment(triples, TermKey.Triple(words.Stem[form], words.Stem[next], words.Stem[tokens[i + 2]]));
                }
            }
        }

        var phrases = new Dictionary<long, long>();
        foreach (var (key, count) in pairs)
        {
            var (a, b) = (TermKey.Stem(key, 0), TermKey.Stem(key, 1));
            if (count >= MinimumCount
                && Association(count, stemCounts[a], stemCounts[b], total) >= MinimumAssociation)
            {
                phrases[key] = count;
            }
        }
        foreach (var (key, count) in triples)
        {
            var (a, b, c) = (TermKey.Stem(key, 0), TermKey.Stem(key, 1), TermKey.Stem(key, 2));
            if (count < MinimumCount)
            {
                continue;
            }

            var head = links.GetValueOrDefault(TermKey.Pair(a, b));
            var tail = links.GetValueOrDefault(TermKey.Pair(b, c));
            if (Association(count, head, stemCounts[c], total) >= MinimumAssociation
                && Association(count, stemCounts[a], tail, total) >= MinimumAssociation)
            {
                phrases[key] = count;
            }
        }
        DropCutOffs(statements, words, phrases);
        return phrases;
    }

    /// <summary>
    /// A three-word phrase the corpus nearly always writes inside a longer one is a piece cut from it, not a phrase:
    /// "United States Supreme" is "United States Supreme Court" (phrases stop at three words). A second pass counts
    /// the content word written just before and just after each three-word phrase ("the" before "Inflation Reduction
    /// Act" does not count); when one word takes at least <see cref="CutOffShare"/> of its uses on either side, the
    /// phrase goes.
    /// </summary>
    private static void DropCutOffs(IEnumerable<int[]> statements, ScannedWords words, Dictionary<long, long> phrases)
    {
        var sides = new Dictionary<long, Dictionary<int, int>>();
        foreach (var key in phrases.Keys.Where(k => TermKey.Length(k) == 3))
        {
            sides[key] = [];
        }
        if (sides.Count == 0)
        {
            return;
        }

        foreach (var tokens in statements)
        {
            for (var i = 0; i + 2 < tokens.Length; i++)
            {
                if (tokens[i] < 0 || words.Stem[tokens[i]] < 0 || !words.Linkable(tokens, i + 1) || !words.Linkable(tokens, i + 2))
                {
                    continue;
                }

                var key = TermKey.Triple(words.Stem[tokens[i]], words.Stem[tokens[i + 1]], words.Stem[tokens[i + 2]]);
                if (!sides.TryGetValue(key, out var seen))
                {
                    continue;
                }
                if (words.Linkable(tokens, i + 3) && words.Candidate[tokens[i + 3]] && words.Stem[tokens[i + 3]] is var after and >= 0)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, after + 1, out _)++;
                }
                if (i > 0 && tokens[i - 1] >= 0 && words.Linkable(tokens, i) && words.Candidate[tokens[i - 1]] && words.Stem[tokens[i - 1]] is var before and >= 0)
                {
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(seen, -(before + 1), out _)++;
                }
            }
        }

        foreach (var (key, seen) in sides)
        {
            if (seen.Count > 0 && seen.Values.Max() >= CutOffShare * phrases[key])
            {
                phrases.Remove(key);
            }
        }
    }

    /// <summary>Normalised PMI of two parts seen together <paramref name="together"/> times: 1 when they only occur together, 0 when independent.</summary>
    public static double Association(long together, long first, long second, long total)
    {
        if (together <= 0 || first <= 0 || second <= 0 || total <= 0)
        {
            return -1;
        }

        var joint = (double)together / total;
        if (joint >= 1)
        {
            return 1;
        }
        return Math.Log(joint / ((double)first / total * ((double)second / total))) / -Math.Log(joint);
    }

    private static void Increment(Dictionary<long, int> counts, long key)
    {
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
    }
}
