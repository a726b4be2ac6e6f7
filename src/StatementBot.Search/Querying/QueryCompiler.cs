using Lucene.Net.Index;
using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// Turns a parsed query into Lucene: a word matches its stem in what the speaker said, in the question they answered,
/// or in either (the <see cref="TextScope"/>);
/// a word typed in capitals that the corpus uses as an acronym matches only that acronym ("US", not "us"), a phrase
/// matches the exact words in order, a prefix matches written words that start with it. Stop words are dropped from
/// plain words (never from phrases). Words naming something the corpus also calls otherwise (DPRK, North Korea) match
/// the other names too, and say so; a word the index lacks gets spelling suggestions from the index's own words.
/// A prefix that stands for more than <paramref name="maxPrefixTerms"/> different words is refused
/// (<see cref="SearchBoundsErrors.TooManyWords"/>) before Lucene expands it. Not thread-safe: one per request.
/// </summary>
internal sealed partial class QueryCompiler(
    CorpusTerms corpus, TextScope scope = TextScope.Said, int maxPrefixTerms = SearchLimits.DefaultMaxPrefixTerms, SearchDeadline? deadline = null)
{
    /// <summary>The weight of a match on the word exactly as typed, added to its stem's.</summary>
    private const float ExactFormBoost = 0.3f;

    private readonly WordStemmer _stemmer = new();
    private readonly HighlightTerms _highlights = new();
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _dropped = [];
    private readonly List<string> _alsoMatching = [];
    private readonly SpellingHints _spelling = new(corpus);
    private bool _acronymsOff;
    private QueryError? _bound;

    /// <summary>Compiles a query; with the index's <paramref name="reader"/>, acronyms and spelling suggestions come from the corpus.</summary>
    /// <param name="deadline">Checked at each part of the query, so compiling a long one counts against the call's budget too.</param>
    public static SearchResult<CompiledQuery> Compile(
        string? text, IndexReader? reader = null, TextScope scope = TextScope.Said, int maxPrefixTerms = SearchLimits.DefaultMaxPrefixTerms, SearchDeadline? deadline = null)
    {
        var parsed = QuerySyntax.Parse(text);
        return parsed.Value is { } node ? new QueryCompiler(new CorpusTerms(reader), scope, maxPrefixTerms, deadline).Compile(node, text!) : parsed.Error!;
    }

    public SearchResult<CompiledQuery> Compile(QueryNode node, string text)
    {
        _acronymsOff = QueryWord.IsCapsLock(Texts(node), corpus);
        var compiled = Build(node, negated: false);
        if (_bound is not null)
        {
            return _bound;
        }

        if (compiled is { Negative: false } positive)
        {
            return new CompiledQuery(positive.Query, _highlights, _stems)
            {
                AlsoMatching = _alsoMatching.Distinct(StringComparer.Ordinal).ToArray(),
                DidYouMean = _spelling.Corrections(text),
            };
        }

        if (_dropped.Count > 0 && _highlights.IsEmpty)
        {
            var words = Echo.Of(string.Join(", ", _dropped.Distinct(StringComparer.OrdinalIgnoreCase).Select(w => $"\"{w}\"")));
            return new QueryError(
                $"{words} {(_dropped.Count == 1 ? "is" : "are")} too common to search for on its own. " +
                "Add a more specific word, or put exact words in quotes: \"the answer is no\".");
        }

        return compiled is null
            ? new QueryError("There are no words to search for in that query. Example: inflation \"gas prices\" -oil")
            : new QueryError("Say what to look for, not only what to leave out. Example: china NOT taiwan");
    }

    /// <summary>A compiled part: <c>Negative</c> parts match what they exclude and must be subtracted by the caller.</summary>
    private readonly record struct Part(Query Query, bool Negative);

    private Part? Build(QueryNode node, bool negated)
    {
        deadline?.Check();
        return BuildPart(node, negated);
    }

    private Part? BuildPart(QueryNode node, bool negated) => node switch
    {
        QueryNode.Word word => Words([word], negated) is [var part] ? part : null,
        QueryNode.Phrase phrase => Phrase(phrase.Text, negated),
        QueryNode.Prefix prefix => Prefix(prefix.Text, negated),
        QueryNode.Not not => Build(not.Operand, !negated) is { } inner ? inner with { Negative = !inner.Negative } : null,
        QueryNode.All all => All(all.Operands, negated),
        QueryNode.Any any => Any(any.Operands, negated),
        _ => null,
    };

    private Part? Word(QueryWord word, bool negated)
    {
        deadline?.Check();
        if (word.Stems.Count == 0 && !word.HasAcronym)
        {
            if (word.Tokens.Count > 0 && !negated)
            {
                _dropped.Add(word.Text);
            }
            return null;
        }

        if (!negated)
        {
            _highlights.AddWord(word.Stems.Select(s => s.Term));
            foreach (var acronym in word.Acronyms.OfType<string>())
            {
                _highlights.AddAcronym(acronym);
            }
            _stems.UnionWith(word.Stems.Select(s => s.Term));
            _stems.UnionWith(word.Acronyms.OfType<string>().Select(a => _stemmer.Stem(a.ToLowerInvariant())).OfType<string>());
            _spelling.Check(word);
        }
        return new Part(WordQuery(word), false);
    }

    /// <summary>
    /// Where a word is looked for: its stems, or an acronym only as the acronym, in what was said, what was asked or
    /// both (<see cref="InScope"/>).
    /// </summary>
    private Query WordQuery(QueryWord word)
    {
        if (word.Acronym is { } acronym)
        {
            return InScope(IndexSchema.TextAcronyms.Word(acronym), () => IndexSchema.QuestionAcronyms.Word(acronym));
        }

        var text = IndexSchema.Text.Word(word.Stems);
        if (word.Tokens.Count == 1 && word.Stems.Count == 1 && word.Tokens[0] != word.Stems[0].Term)
        {
            // The word as typed counts a little more than its other forms: "licenses" first finds "licenses", then
            // "licensing". Measured on the known-item set (bench): it lifts the paragraphs whose words were typed.
            text = new BooleanQuery
            {
                { text, Occur.MUST },
                { new TermQuery(IndexSchema.TextExact.Term(word.Tokens[0])) { Boost = ExactFormBoost }, Occur.SHOULD },
            };
        }
        var question = IndexSchema.Question.Word(word.Stems);
        if (word.HasAcronym)
        {
            // "US-China": the words as usual, and the acronym written as such.
            text = All([text, .. word.Acronyms.OfType<string>().Select(IndexSchema.TextAcronyms.Word)])!;
            question = All([question, .. word.Acronyms.OfType<string>().Select(IndexSchema.QuestionAcronyms.Word)])!;
        }
        return InScope(text, () => question);
    }

    private Part? Phrase(string text, bool negated)
    {
        var phrase = QueryWord.Read(text, corpus, _stemmer, _acronymsOff);
        if (phrase.Tokens.Count == 0)
        {
            return null;
        }

        if (phrase.Acronym is not null)
        {
            // A quoted acronym is the acronym: "WHO" in quotes is not the word who.
            return Word(phrase with { Stems = [] }, negated);
        }

        if (!negated)
        {
            _highlights.AddPhrase(phrase.Tokens.ToArray(), phrase.Acronyms.ToArray());
        }

        var query = ExactPhrase(phrase.Tokens, phrase.Acronyms);
        if (!negated && Equivalents.Find(phrase.Keys.ToArray()) is [{ Start: 0 } match] && match.Length == phrase.Tokens.Count)
        {
            query = OrEquivalents(query, match, phrase.Keys);
        }
        return new Part(query, false);
    }

    private Part? Prefix(string text, bool negated)
    {
        var tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        // "jean-pie*": the last word is the prefix, the ones before it must precede it exactly.
        var prefix = tokens[^1].Term;
        if (TooManyWords(prefix))
        {
            _bound ??= SearchBoundsErrors.TooManyWords(text, maxPrefixTerms);
            return null;
        }

        if (!negated)
        {
            _highlights.AddPrefix(prefix);
        }

        Query query = IndexSchema.TextExact.Prefix(prefix);
        if (tokens.Count > 1)
        {
            query = new BooleanQuery
            {
                { IndexSchema.TextExact.Phrase(tokens.SkipLast(1).Select((t, i) => new PositionedTerm(t.Term, i)).ToArray()), Occur.MUST },
                { query, Occur.MUST },
            };
        }

        return new Part(InScope(query, () => IndexSchema.Question.Prefix(QuestionTerms(tokens.SkipLast(1).Select(t => t.Term).ToList()), QuestionPrefix(prefix))), false);
    }

    /// <summary>
    /// The one place the scope picks fields: the statement's own words, the question's, or both with the question
    /// weighted lower (it is context, not the speaker's words).
    /// </summary>
    private Query InScope(Query said, Func<Query> asked)
    {
        switch (scope)
        {
            case TextScope.Said:
                return said;
            case TextScope.Asked:
                return asked();
            default:
                var question = asked();
                question.Boost = IndexSchema.Question.Boost;
                return new BooleanQuery { { said, Occur.SHOULD }, { question, Occur.SHOULD } };
        }
    }

    /// <summary>Whether the prefix stands for more words than a search may expand to, in the fields the scope looks in.</summary>
    private bool TooManyWords(string prefix) => scope switch
    {
        TextScope.Said => corpus.CountStartingWith(IndexSchema.TextExact.Name, prefix, maxPrefixTerms) > maxPrefixTerms,
        TextScope.Asked => corpus.CountStartingWith(IndexSchema.Question.Name, QuestionPrefix(prefix), maxPrefixTerms) > maxPrefixTerms,
        _ => corpus.CountStartingWith(IndexSchema.TextExact.Name, prefix, maxPrefixTerms) > maxPrefixTerms
            || corpus.CountStartingWith(IndexSchema.Question.Name, QuestionPrefix(prefix), maxPrefixTerms) > maxPrefixTerms,
    };

    /// <summary>The question field holds stems: "inflation*" looks for what starts with "inflat".</summary>
    private string QuestionPrefix(string prefix) =>
        _stemmer.Stem(prefix) is { } stem && prefix.StartsWith(stem, StringComparison.Ordinal) ? stem : prefix;

    /// <summary>A phrase's words as the question field holds them: stemmed, stop words leaving their place empty.</summary>
    private List<PositionedTerm> QuestionTerms(IReadOnlyList<string> tokens)
    {
        var terms = new List<PositionedTerm>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_stemmer.Stem(tokens[i]) is { } stem)
            {
                terms.Add(new PositionedTerm(stem, i));
            }
        }
        return terms;
    }

    private Part? All(IReadOnlyList<QueryNode> operands, bool negated)
    {
        var query = new BooleanQuery();
        var positives = 0;
        var negatives = 0;
        foreach (var part in Parts(operands, negated))
        {
            query.Add(part.Query, part.Negative ? Occur.MUST_NOT : Occur.MUST);
            if (part.Negative)
            {
                negatives++;
            }
            else
            {
                positives++;
            }
        }

        if (positives + negatives == 0)
        {
            return null;
        }

        if (positives == 0)
        {
            // Only exclusions: the caller subtracts their union.
            var excluded = new BooleanQuery();
            foreach (var clause in query.Clauses)
            {
                excluded.Add(clause.Query, Occur.SHOULD);
            }
            return new Part(excluded, true);
        }

        return new Part(query, false);
    }

    /// <summary>Each operand's part, consecutive words together (so "North Korea" can be one name).</summary>
    private IEnumerable<Part> Parts(IReadOnlyList<QueryNode> operands, bool negated)
    {
        var run = new List<QueryNode.Word>();
        foreach (var operand in operands.Append(null))
        {
            if (operand is QueryNode.Word word)
            {
                run.Add(word);
                continue;
            }

            foreach (var part in Words(run, negated))
            {
                yield return part;
            }
            run.Clear();

            if (operand is not null && Build(operand, negated) is { } built)
            {
                yield return built;
            }
        }
    }

    /// <summary>The words and phrases of a query, as typed.</summary>
    private static IEnumerable<string> Texts(QueryNode node) => node switch
    {
        QueryNode.Word word => [word.Text],
        QueryNode.Phrase phrase => [phrase.Text],
        QueryNode.Not not => Texts(not.Operand),
        QueryNode.All all => all.Operands.SelectMany(Texts),
        QueryNode.Any any => any.Operands.SelectMany(Texts),
        _ => [],
    };

    private Part? Any(IReadOnlyList<QueryNode> operands, bool negated)
    {
        var parts = operands.Select(o => Build(o, negated)).OfType<Part>().ToList();
        if (parts.Count <= 1)
        {
            return parts.Count == 0 ? null : parts[0];
        }

        var query = new BooleanQuery();
        foreach (var part in parts)
        {
            query.Add(part.Negative ? Everything(except: part.Query) : part.Query, Occur.SHOULD);
        }
        return new Part(query, false);
    }

    private static BooleanQuery Everything(Query except) => new()
    {
        { new MatchAllDocsQuery(), Occur.MUST },
        { except, Occur.MUST_NOT },
    };
}
