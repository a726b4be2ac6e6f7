namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>Splits a paragraph into words (keeping initials, "U.S." and possessives whole) and punctuation marks.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text, IReadOnlyList<QuoteSpan> quotes)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            TokenKind kind;
            if (char.IsLetterOrDigit(c))
            {
                i = WordEnd(text, i);
                kind = TokenKind.Word;
            }
            else
            {
                kind = c switch
                {
                    ',' => TokenKind.Comma,
                    ':' => TokenKind.Colon,
                    ';' => TokenKind.Semicolon,
                    '"' => TokenKind.Quote,
                    '(' or '[' => TokenKind.OpenParen,
                    ')' or ']' => TokenKind.CloseParen,
                    '—' or '–' => TokenKind.Dash,
                    '-' when i + 1 < text.Length && text[i + 1] == '-' => TokenKind.Dash,
                    '.' or '?' or '!' => TokenKind.Stop,
                    _ => TokenKind.Other,
                };
                i += kind == TokenKind.Dash && c == '-' ? 2 : 1;
            }
            var inQuote = false;
            foreach (var quote in quotes)
            {
                if (quote.Contains(start))
                {
                    inQuote = true;
                    break;
                }
            }
            tokens.Add(new Token(text[start..i], start, i, kind, inQuote));
        }
        return tokens;
    }

    /// <summary>A word runs over letters, digits, marks, inner hyphens and apostrophes, and full stops of abbreviations.</summary>
    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.Format)
            {
                i++;
            }
            else if ((c is '-' or '\'' or '’' or '.') && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
            }
            else if (c == '.' && IsAbbreviationStop(text, i) && !EndsSentenceToo(text, i))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    /// <summary>
    /// "Washington, D.C. They also stated …": the full stop of a dotted abbreviation also ends the sentence when a
    /// capitalised sentence opener follows it; it is then a full stop of its own.
    /// </summary>
    private static bool EndsSentenceToo(string text, int dot)
    {
        if (dot == 0 || text[dot - 1] == '.' || !text[..dot].Split(' ')[^1].Contains('.'))
        {
            return false;
        }
        var next = dot + 1;
        if (next >= text.Length || !char.IsWhiteSpace(text[next]))
        {
            return false;
        }
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }
        var end = next;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return end > next && char.IsUpper(text[next]) && Rules.ArticleRules.SentenceOpeners.Contains(text[next..end]);
    }

    /// <summary>The full stop of "Dr.", "Sept.", "U.S." or an initial belongs to the word.</summary>
    private static bool IsAbbreviationStop(string text, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }
        var word = text[start..dot];
        return Abbreviations.IsAbbreviation(word);
    }
}
