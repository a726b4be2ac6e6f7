using System.Runtime.InteropServices;

namespace StatementBot.Search.Building;

/// <summary>How each phrase is written, occurrence by occurrence (as the forms of its words), to show its commonest writing.</summary>
internal sealed class PhraseForms
{
    private const int Bits = 21;
    private readonly Dictionary<long, Dictionary<long, int>> _writings = [];

    public void Add(long phrase, int first, int second, int third)
    {
        if (first > TermKey.MaxStem || second > TermKey.MaxStem || third > TermKey.MaxStem)
        {
            return;
        }

        if (!_writings.TryGetValue(phrase, out var writings))
        {
            writings = [];
            _writings[phrase] = writings;
        }
        var key = (first + 1L) | ((second + 1L) << Bits) | ((third + 1L) << (2 * Bits));
        CollectionsMarshal.GetValueRefOrAddDefault(writings, key, out _)++;
    }

    /// <summary>The forms of the phrase's commonest writing (preferring one that does not end in a possessive), or null.</summary>
    public int[]? Commonest(long phrase, Func<int, bool> isPossessive)
    {
        if (!_writings.TryGetValue(phrase, out var writings))
        {
            return null;
        }

        int[]? best = null;
        var bestCount = -1;
        var bestPossessive = true;
        foreach (var (key, count) in writings)
        {
            var forms = Forms(key);
            var possessive = isPossessive(forms[^1]);
            if (best is null || (bestPossessive && !possessive) || (bestPossessive == possessive && count > bestCount))
            {
                (best, bestCount, bestPossessive) = (forms, count, possessive);
            }
        }
        return best;
    }

    private static int[] Forms(long key)
    {
        var forms = new List<int>(3);
        for (var i = 0; i < 3; i++)
        {
            var form = (int)((key >> (i * Bits)) & ((1L << Bits) - 1)) - 1;
            if (form >= 0)
            {
                forms.Add(form);
            }
        }
        return [.. forms];
    }
}
