using StatementBot.Search.Analysis;

namespace StatementBot.Search.Building;

/// <summary>How a term is shown: a word as its stem's commonest writing, a phrase as the phrase is usually written.</summary>
internal sealed class TermDisplay(string[] stemForms, PhraseForms phrases, Vocabulary vocabulary)
{
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
