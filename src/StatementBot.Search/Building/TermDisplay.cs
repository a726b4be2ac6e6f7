using StatementBot.Search.Analysis;

namespace StatementBot.Search.Building;

/// <summary>
/// How a term is shown: a word as its stem's commonest writing (for a speaker: the spelling they use most, as it is
/// usually capitalised), a phrase as the phrase is usually written.
/// </summary>
internal sealed class TermDisplay(string[] stemForms, int[] surfaceForms, PhraseForms phrases, Vocabulary vocabulary)
{
    /// <summary>Shows terms as <paramref name="tally"/>'s speaker writes their words.</summary>
    public Func<long, string> For(SpeakerTally tally)
    {
        var best = new Dictionary<int, (int Surface, int Count, bool Possessive)>();
        foreach (var (surface, count) in tally.Surfaces)
        {
            var stem = vocabulary.StemOfSurface(surface);
            var possessive = vocabulary.IsPossessiveSurface(surface);
            if (!best.TryGetValue(stem, out var current) || (current.Possessive && !possessive) || (current.Possessive == possessive && count > current.Count))
            {
                best[stem] = (surface, count, possessive);
            }
        }
        return key => TermKey.Length(key) == 1 && best.TryGetValue(TermKey.Stem(key, 0), out var own) && surfaceForms[own.Surface] >= 0
            ? vocabulary.FormText(surfaceForms[own.Surface])
            : Of(key);
    }

    public string Of(long key)
    {
        if (TermKey.Length(key) == 1)
        {
            return stemForms[TermKey.Stem(key, 0)];
        }

        if (phrases.Commonest(key, vocabulary.IsPossessive) is { } forms)
        {
            return string.Join(' ', forms.Select(f => Bare(vocabulary.FormText(f))));
        }
        return string.Join(' ', Enumerable.Range(0, TermKey.Length(key)).Select(i => stemForms[TermKey.Stem(key, i)]));
    }

    /// <summary>A last word's possessive goes ("Hong Kong's" is shown "Hong Kong").</summary>
    private static string Bare(string form) =>
        form.Length > 2 && (form.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || form.EndsWith("’s", StringComparison.OrdinalIgnoreCase)) ? form[..^2] : form;
}
