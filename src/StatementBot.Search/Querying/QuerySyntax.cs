using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>
/// Reads what a user typed into a <see cref="QueryNode"/>: words (all required), "exact phrases", AND / OR / NOT
/// (upper case; NOT binds tightest, then AND, then OR), -word, parentheses and trailing wildcards. Mistakes come
/// back as a <see cref="QueryError"/> that says what is wrong and how to write it.
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

        return parser.Peek.Kind == TokenKind.Close ? Errors.UnopenedParenthesis : node;
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
                    error = Errors.UnclosedQuote(text[i..], text.Count(IsQuote));
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

    private static class Errors
    {
        /// <summary>Names where the open phrase starts, so a long query with several phrases says which one.</summary>
        public static QueryError UnclosedQuote(string rest, int quotes)
        {
            if (rest.Trim().Length == 1)
            {
                return new QueryError(
                    $"The last quote mark is not closed (the query has {quotes}; each phrase needs two). Put the exact words between two quotes: \"gas prices\".");
            }

            var start = rest.Length <= 30 ? rest : rest[..(rest.LastIndexOf(' ', 30) is > 1 and var cut ? cut : 30)] + "…";
            return new QueryError($"A quote mark is not closed: {start.TrimEnd()}. Put the exact words between two quotes: \"gas prices\".");
        }

        public static QueryError UnopenedParenthesis { get; } =
            new("A \")\" has no matching \"(\". Example: (tariffs OR sanctions) AND china");

        public static QueryError UnclosedParenthesis { get; } =
            new("A \"(\" is not closed. Example: (tariffs OR sanctions) AND china");

        public static QueryError EmptyParentheses { get; } =
            new("The parentheses are empty. Put words inside: (tariffs OR sanctions)");

        public static QueryError Dangling(string op) => op switch
        {
            "OR" or "||" => new QueryError($"\"{op}\" needs a word on each side. Example: tariffs OR sanctions"),
            _ => new QueryError($"\"{op}\" needs a word on each side. Example: tariffs AND china"),
        };

        public static QueryError NotWithoutWord { get; } =
            new("\"NOT\" needs a word after it. Example: china NOT taiwan");

        public static QueryError MinusWithoutWord { get; } =
            new("\"-\" needs a word right after it, with no space. Example: china -taiwan");

        public static QueryError LeadingWildcard(string word) =>
            new($"A * can only end a word: write immigr*, not {word}.");

        public static QueryError InnerWildcard(string word) =>
            new($"A * can only end a word (\"{word}\"). Example: immigr*");

        public static QueryError ShortPrefix(string word) =>
            new($"Put at least {MinPrefixLength} letters before the * (\"{word}\"). Example: immigr*");
    }

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
                    return Fail(Errors.Dangling(op.Text));
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
                        return Fail(Errors.Dangling(Peek.Text));
                    }
                    break;
                }

                if (kind == TokenKind.And)
                {
                    var op = Next();
                    if (operands.Count == 0 || !StartsOperand(Peek.Kind))
                    {
                        return Fail(Errors.Dangling(op.Text));
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
                    return Fail(op.Kind == TokenKind.Not ? Errors.NotWithoutWord : Errors.MinusWithoutWord);
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
                        return Fail(Errors.EmptyParentheses);
                    }

                    var inner = ParseAny();
                    if (Error is not null)
                    {
                        return null;
                    }

                    if (Peek.Kind != TokenKind.Close)
                    {
                        return Fail(Errors.UnclosedParenthesis);
                    }

                    Next();
                    return inner;
                case TokenKind.Phrase:
                    return new QueryNode.Phrase(token.Text);
                case TokenKind.Word:
                    return Word(token.Text);
                case TokenKind.Close:
                    return Fail(Errors.UnopenedParenthesis);
                default:
                    return Fail(Errors.Dangling(token.Text));
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
                return Fail(Errors.LeadingWildcard(text));
            }

            if (star != text.Length - 1)
            {
                return Fail(Errors.InnerWildcard(text));
            }

            var prefix = text[..^1];
            return prefix.Count(char.IsLetterOrDigit) < MinPrefixLength ? Fail(Errors.ShortPrefix(text)) : new QueryNode.Prefix(prefix);
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
