using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>
/// Reads what a user typed into a <see cref="QueryNode"/>: words (all required), "exact phrases", AND / OR / NOT
/// (upper case; NOT binds tightest, then AND, then OR), -word, parentheses and trailing wildcards. A phrase is an
/// operand like a word (<c>"student loan" OR "student debt"</c>, <c>debt -"student loan"</c>). Mistakes come back as a
/// <see cref="QueryError"/> (<see cref="QuerySyntaxErrors"/>) that says what is wrong and how to write it.
/// Lucene's classic QueryParser is not used: it gives <c>a OR b c</c> as "c, ranked by a and b", takes typographic
/// quotes as words, exposes field:, ~ and /regex/ syntax, and reports mistakes as "Encountered &lt;EOF&gt; at line 1".
/// </summary>
public static class QuerySyntax
{
    public const int MaxLength = 500;
    public const int MinPrefixLength = 2;

    private const string Example = "Example: inflation \"gas prices\" -oil";

    public static SearchResult<QueryNode> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new QueryError("Type some words to search for. " + Example);
        }

        if (text.Length > MaxLength)
        {
            return new QueryError($"The query is too long ({text.Length} characters); keep it under {MaxLength}.");
        }

        var tokens = Lex(text, out var lexError);
        if (lexError is not null)
        {
            return lexError;
        }

        var parser = new Parser(tokens);
        var node = parser.ParseAny();
        if (parser.Error is not null)
        {
            return parser.Error;
        }

        if (node is null)
        {
            return new QueryError("Type some words to search for. " + Example);
        }

        return parser.Peek.Kind == TokenKind.Close ? QuerySyntaxErrors.UnopenedParenthesis : node;
    }

    private static List<Token> Lex(string text, out QueryError? error)
    {
        error = null;
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(')
            {
                tokens.Add(new Token(TokenKind.Open, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new Token(TokenKind.Close, ")"));
                i++;
            }
            else if (IsQuote(c))
            {
                var end = text.IndexOfAny(QuoteChars, i + 1);
                if (end < 0)
                {
                    error = QuerySyntaxErrors.UnclosedQuote(text[i..], text.Count(IsQuote));
                    return tokens;
                }

                var phrase = text[(i + 1)..end].Trim();
                if (phrase.Length == 0)
                {
                    error = new QueryError("The quotes are empty. Put the exact words between them: \"gas prices\".");
                    return tokens;
                }

                tokens.Add(new Token(TokenKind.Phrase, phrase));
                i = end + 1;
            }
            else if ((c is '-' or '+') && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] is not ('-' or '+' or ')'))
            {
                if (c == '-')
                {
                    tokens.Add(new Token(TokenKind.Minus, "-"));
                }
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')') && !IsQuote(text[i]))
                {
                    i++;
                }

                var word = text[start..i];
                tokens.Add(word switch
                {
                    "AND" or "&&" => new Token(TokenKind.And, word),
                    "OR" or "||" => new Token(TokenKind.Or, word),
                    "NOT" => new Token(TokenKind.Not, word),
                    _ => new Token(TokenKind.Word, word),
                });
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty));
        return tokens;
    }

    private static readonly char[] QuoteChars = ['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB'];

    /// <summary>A quote mark that opens or closes a phrase: straight or typographic (“…”, „…“, «…»).</summary>
    public static bool IsQuote(char c) => Array.IndexOf(QuoteChars, c) >= 0;

    private enum TokenKind
    {
        Word,
        Phrase,
        And,
        Or,
        Not,
        Minus,
        Open,
        Close,
        End,
    }

    private readonly record struct Token(TokenKind Kind, string Text);

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        public QueryError? Error { get; private set; }

        public Token Peek => tokens[_position];

        /// <summary>or := and (OR and)*</summary>
        public QueryNode? ParseAny()
        {
            var operands = new List<QueryNode>();
            var first = ParseAll();
            if (first is null)
            {
                return null;
            }

            operands.Add(first);
            while (Error is null && Peek.Kind == TokenKind.Or)
            {
                var op = Next();
                if (!StartsOperand(Peek.Kind))
                {
                    return Fail(QuerySyntaxErrors.Dangling(op.Text));
                }

                if (ParseAll() is { } next)
                {
                    operands.Add(next);
                }
            }
            return operands.Count == 1 ? operands[0] : new QueryNode.Any(operands);
        }

        /// <summary>and := unary ((AND)? unary)*</summary>
        private QueryNode? ParseAll()
        {
            var operands = new List<QueryNode>();
            while (Error is null)
            {
                var kind = Peek.Kind;
                if (kind is TokenKind.End or TokenKind.Close or TokenKind.Or)
                {
                    if (operands.Count == 0 && kind == TokenKind.Or)
                    {
                        return Fail(QuerySyntaxErrors.Dangling(Peek.Text));
                    }
                    break;
                }

                if (kind == TokenKind.And)
                {
                    var op = Next();
                    if (operands.Count == 0 || !StartsOperand(Peek.Kind))
                    {
                        return Fail(QuerySyntaxErrors.Dangling(op.Text));
                    }
                    continue;
                }

                if (ParseUnary() is { } operand)
                {
                    operands.Add(operand);
                }
            }

            return Error is not null || operands.Count == 0 ? null
                : operands.Count == 1 ? operands[0]
                : new QueryNode.All(operands);
        }

        /// <summary>unary := (NOT | -) unary | primary</summary>
        private QueryNode? ParseUnary()
        {
            if (Peek.Kind is TokenKind.Not or TokenKind.Minus)
            {
                var op = Next();
                if (!StartsOperand(Peek.Kind) || Peek.Kind is TokenKind.Not or TokenKind.Minus)
                {
                    return Fail(op.Kind == TokenKind.Not ? QuerySyntaxErrors.NotWithoutWord : QuerySyntaxErrors.MinusWithoutWord);
                }

                return ParseUnary() is { } operand ? new QueryNode.Not(operand) : null;
            }

            return ParsePrimary();
        }

        /// <summary>primary := ( or ) | "phrase" | word | word*</summary>
        private QueryNode? ParsePrimary()
        {
            var token = Next();
            switch (token.Kind)
            {
                case TokenKind.Open:
                    if (Peek.Kind == TokenKind.Close)
                    {
                        return Fail(QuerySyntaxErrors.EmptyParentheses);
                    }

                    var inner = ParseAny();
                    if (Error is not null)
                    {
                        return null;
                    }

                    if (Peek.Kind != TokenKind.Close)
                    {
                        return Fail(QuerySyntaxErrors.UnclosedParenthesis);
                    }

                    Next();
                    return inner;
                case TokenKind.Phrase:
                    return new QueryNode.Phrase(token.Text);
                case TokenKind.Word:
                    return Word(token.Text);
                case TokenKind.Close:
                    return Fail(QuerySyntaxErrors.UnopenedParenthesis);
                default:
                    return Fail(QuerySyntaxErrors.Dangling(token.Text));
            }
        }

        private QueryNode? Word(string text)
        {
            var star = text.IndexOf('*');
            if (star < 0)
            {
                return new QueryNode.Word(text);
            }

            if (star == 0)
            {
                return Fail(QuerySyntaxErrors.LeadingWildcard(text));
            }

            if (star != text.Length - 1)
            {
                return Fail(QuerySyntaxErrors.InnerWildcard(text));
            }

            var prefix = text[..^1];
            return prefix.Count(char.IsLetterOrDigit) < MinPrefixLength ? Fail(QuerySyntaxErrors.ShortPrefix(text)) : new QueryNode.Prefix(prefix);
        }

        private static bool StartsOperand(TokenKind kind) =>
            kind is TokenKind.Word or TokenKind.Phrase or TokenKind.Open or TokenKind.Not or TokenKind.Minus;

        private Token Next()
        {
            var token = tokens[_position];
            if (token.Kind != TokenKind.End)
            {
                _position++;
            }
            return token;
        }

        private QueryNode? Fail(QueryError error)
        {
            Error ??= error;
            return null;
        }
    }
}
