using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Highlighting;
using StatementBot.Search.Results;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Querying;

/// <summary>
/// Turns a parsed query into Lucene: a word matches its stem, a phrase the exact words in order, a prefix written
/// words that start with it — in what the speaker said, in the question they answered, or in either (the
/// <see cref="TextScope"/>). Stop words are dropped from plain words (never from phrases). Not thread-safe: one per request.
/// </summary>
internal sealed class QueryCompiler(TextScope scope = TextScope.Said)
{
    private readonly WordStemmer _stemmer = new();
    private readonly HighlightTerms _highlights = new();
    private readonly HashSet<string> _stems = new(StringComparer.Ordinal);
    private readonly List<string> _dropped = [];

    public static SearchResult<CompiledQuery> Compile(string? text, TextScope scope = TextScope.Said)
    {
        var parsed = QuerySyntax.Parse(text);
        return parsed.Value is { } node ? new QueryCompiler(scope).Compile(node) : parsed.Error!;
    }

    public SearchResult<CompiledQuery> Compile(QueryNode node)
    {
        var compiled = Build(node, negated: false);
        if (compiled is { Negative: false } positive)
        {
            return new CompiledQuery(positive.Query, _highlights, _stems);
        }

        if (_dropped.Count > 0 && _highlights.IsEmpty)
        {
            var words = string.Join(", ", _dropped.Distinct(StringComparer.OrdinalIgnoreCase).Select(w => $"\"{w}\""));
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

    private Part? Build(QueryNode node, bool negated) => node switch
    {
        QueryNode.Word word => Word(word.Text, negated),
        QueryNode.Phrase phrase => Phrase(phrase.Text, negated),
        QueryNode.Prefix prefix => Prefix(prefix.Text, negated),
        QueryNode.Not not => Build(not.Operand, !negated) is { } inner ? inner with { Negative = !inner.Negative } : null,
        QueryNode.All all => All(all.Operands, negated),
        QueryNode.Any any => Any(any.Operands, negated),
        _ => null,
    };

    private Part? Word(string text, bool negated)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var stems = new List<PositionedTerm>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_stemmer.Stem(tokens[i].Term) is { } stem)
            {
                stems.Add(new PositionedTerm(stem, i));
            }
        }

        if (stems.Count == 0)
        {
            if (tokens.Count > 0 && !negated)
            {
                _dropped.Add(text);
            }
            return null;
        }

        if (!negated)
        {
            _highlights.AddWord(stems.Select(s => s.Term));
            _stems.UnionWith(stems.Select(s => s.Term));
        }

        return new Part(InScope(IndexSchema.Text.Word(stems), () => IndexSchema.Question.Word(stems)), false);
    }

    private Part? Phrase(string text, bool negated)
    {
        var tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return null;
        }

        if (!negated)
        {
            _highlights.AddPhrase(tokens.Select(t => t.Term).ToArray());
        }
        var said = IndexSchema.TextExact.Phrase(tokens.Select((t, i) => new PositionedTerm(t.Term, i)).ToArray());
        return new Part(InScope(said, () => IndexSchema.Question.Phrase(QuestionTerms(tokens))), false);
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

        return new Part(InScope(query, () => IndexSchema.Question.Prefix(QuestionTerms(tokens.SkipLast(1).ToList()), QuestionPrefix(prefix))), false);
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

    /// <summary>The question field holds stems: "inflation*" looks for what starts with "inflat".</summary>
    private string QuestionPrefix(string prefix) =>
        _stemmer.Stem(prefix) is { } stem && prefix.StartsWith(stem, StringComparison.Ordinal) ? stem : prefix;

    /// <summary>A phrase's words as the question field holds them: stemmed, stop words leaving their place empty.</summary>
    private List<PositionedTerm> QuestionTerms(IReadOnlyList<TextToken> tokens)
    {
        var terms = new List<PositionedTerm>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (_stemmer.Stem(tokens[i].Term) is { } stem)
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
        foreach (var operand in operands)
        {
            if (Build(operand, negated) is not { } part)
            {
                continue;
            }

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
