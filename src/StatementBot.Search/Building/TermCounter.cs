using System.Runtime.InteropServices;

namespace StatementBot.Search.Building;

/// <summary>Counts the listable words and the known phrases of one scanned statement.</summary>
internal static class TermCounter
{
    /// <summary>Adds the statement's terms to the speaker's counts and returns how many listable words it has.</summary>
    public static int Count(int[] tokens, ScannedWords words, IReadOnlyDictionary<long, long> phrases, SpeakerTally tally, PhraseForms written)
    {
        var listed = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var form = tokens[i];
            if (form < 0 || !words.Candidate[form])
            {
                continue;
            }

            listed++;
            var stem = words.Stem[form];
            var counts = tally.Counts;
            CollectionsMarshal.GetValueRefOrAddDefault(counts, TermKey.Word(stem), out _)++;
            CollectionsMarshal.GetValueRefOrAddDefault(tally.Surfaces, words.Surface[form], out _)++;
            if (!words.Linkable(tokens, i + 1))
            {
                continue;
            }

            var next = tokens[i + 1];
            var pair = TermKey.Pair(stem, words.Stem[next]);
            if (words.Candidate[next] && phrases.ContainsKey(pair))
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, pair, out _)++;
                written.Add(pair, form, next, -1);
            }
            if (words.Linkable(tokens, i + 2) && words.Candidate[tokens[i + 2]])
            {
                var triple = TermKey.Triple(stem, words.Stem[next], words.Stem[tokens[i + 2]]);
                if (phrases.ContainsKey(triple))
                {
                    CollectionsMarshal.GetValueRefOrAddDefault(counts, triple, out _)++;
                    written.Add(triple, form, next, tokens[i + 2]);
                }
            }
        }
        return listed;
    }
}
