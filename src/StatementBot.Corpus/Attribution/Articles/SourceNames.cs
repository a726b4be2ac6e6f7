using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// The sources that are no person: the organisation an unnamed official speaks for ("a spokesperson for the
/// Ministry of Examples", "Philippine officials"), and organisations named together as one source.
/// </summary>
internal sealed class SourceNames(ArticlePeople people)
{
    /// <summary>Organisations joined by "and" ("the Example News Agency and the Sample Times") as one source; null when only one is named.</summary>
    public Mention? Joined(IReadOnlyList<Token> tokens, Mention first, IReadOnlyList<Mention> mentions, int end)
    {
        var last = first;
        while (last.End + 1 < end && tokens[last.End].Is("and"))
        {
            var next = mentions.FirstOrDefault(m => m.Kind == MentionKind.Organisation && (m.PhraseStart == last.End + 1 || m.PhraseStart == last.End + 2 && tokens[last.End + 1].Is("the")));
            if (next is null)
            {
                break;
            }
            last = next;
        }
        if (last == first)
        {
            return null;
        }
        var organisation = people.Organisation(first.Person!.Name + " and " + last.Person!.Name);
        return new Mention(MentionKind.Organisation, first.PhraseStart, first.Start, last.End, organisation, [organisation.Name], last.Possessive);
    }

    /// <summary>The organisation an unnamed official speaks for: a capitalised name near the noun, else the noun phrase.</summary>
    public (ArticlePerson Organisation, int End) Unnamed(IReadOnlyList<Token> tokens, int start, int noun, int end)
    {
        var stop = noun + 1;
        if (stop + 1 < end && tokens[stop].Bare is "for" or "of" or "at" or "with" && !tokens[stop].InQuote)
        {
            stop++;
            while (stop < end && tokens[stop].IsWord && !tokens[stop].InQuote && (MentionScanner.IsNameWord(tokens[stop]) || ArticleRules.Determiners.Contains(tokens[stop].Bare)
                || tokens[stop].Bare is "of" or "for" or "and"))
            {
                stop++;
            }
        }
        var words = new List<string>();
        for (var i = start; i < stop; i++)
        {
            if (tokens[i].IsWord && (words.Count > 0 || !ArticleRules.Determiners.Contains(tokens[i].Bare)))
            {
                words.Add(tokens[i].Text);
            }
        }
        return (people.Organisation(string.Join(' ', words)), stop);
    }
}
