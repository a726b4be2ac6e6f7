using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>The query compiler's handling of words that name something the corpora also call otherwise (DPRK, North Korea).</summary>
internal sealed partial class QueryCompiler
{
    /// <summary>How much a match on another name of the same thing counts against a match on what was typed.</summary>
    private const float EquivalentWeight = 0.3f;

    /// <summary>
    /// Consecutive words of a query, one part each, but where some of them name a group of equivalents
    /// ("North Korea"), one part for those words or any other name of the group.
    /// </summary>
    private List<Part> Words(IReadOnlyList<QueryNode.Word> run, bool negated)
    {
        var words = run.Select(w => QueryWord.Read(w.Text, corpus, _stemmer, _acronymsOff)).ToArray();
        var parts = words.Select(w => Word(w, negated)).ToArray();
        var result = new List<Part>();
        var next = 0;
        if (!negated)
        {
            var keys = new List<(string Key, int Word)>();
            for (var i = 0; i < words.Length; i++)
            {
                keys.AddRange(words[i].Keys.Select(key => (key, i)));
            }

            foreach (var match in Equivalents.Find(keys.Select(k => k.Key).ToArray()))
            {
                var end = match.Start + match.Length;
                var (first, last) = (keys[match.Start].Word, keys[end - 1].Word);
                var aligned = (match.Start == 0 || keys[match.Start - 1].Word != first) && (end == keys.Count || keys[end].Word != last);
                if (!aligned || first < next)
                {
                    continue;
                }

                result.AddRange(parts[next..first].OfType<Part>());
                var typed = All(parts[first..(last + 1)].OfType<Part>().Select(p => p.Query));
                result.Add(new Part(OrEquivalents(typed, match, keys.Skip(match.Start).Take(match.Length).Select(k => k.Key)), false));
                next = last + 1;
            }
        }

        result.AddRange(parts[next..].OfType<Part>());
        return result;
    }

    /// <summary>The words in order as written; a word typed as an acronym must also be written as that acronym.</summary>
    private Query ExactPhrase(IReadOnlyList<string> tokens, IReadOnlyList<string?> acronyms)
    {
        var phrase = IndexSchema.TextExact.Phrase(tokens.Select((t, i) => new PositionedTerm(t, i)).ToArray());
        return InScope(
            All([phrase, .. acronyms.OfType<string>().Select(IndexSchema.TextAcronyms.Word)])!,
            () => All([IndexSchema.Question.Phrase(QuestionTerms(tokens)), .. acronyms.OfType<string>().Select(IndexSchema.QuestionAcronyms.Word)])!);
    }

    /// <summary>
    /// What was typed, or any other member of the matched group (weighted lower, so what was typed comes first); the
    /// added names are reported and marked.
    /// </summary>
    private Query OrEquivalents(Query? typed, EquivalentMatch match, IEnumerable<string> typedKeys)
    {
        var any = new BooleanQuery();
        if (typed is not null)
        {
            any.Add(typed, Occur.SHOULD);
        }

        var keys = typedKeys.ToArray();
        foreach (var member in match.Group.Where(m => !m.Keys.SequenceEqual(keys, StringComparer.Ordinal)))
        {
            _alsoMatching.Add(member.Written);
            Query other;
            if (member.Tokens.Count == 1 && member.Acronyms[0] is { } acronym)
            {
                _highlights.AddAcronym(acronym);
                other = WordQuery(new QueryWord(member.Written, member.Tokens, member.Acronyms, []));
            }
            else
            {
                _highlights.AddPhrase(member.Tokens.ToArray(), member.Acronyms.ToArray());
                other = ExactPhrase(member.Tokens, member.Acronyms);
            }
            other.Boost *= EquivalentWeight;
            any.Add(other, Occur.SHOULD);
        }
        return any;
    }

    private static Query? All(IEnumerable<Query> queries)
    {
        var list = queries.ToList();
        if (list.Count <= 1)
        {
            return list.FirstOrDefault();
        }

        var all = new BooleanQuery();
        foreach (var query in list)
        {
            all.Add(query, Occur.MUST);
        }
        return all;
    }
}
