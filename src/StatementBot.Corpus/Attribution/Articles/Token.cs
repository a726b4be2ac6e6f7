namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A word or punctuation mark of a paragraph, by its offsets in the paragraph's text.</summary>
/// <param name="InQuote">True when the token lies inside quotation marks.</param>
internal sealed record Token(string Text, int Start, int End, TokenKind Kind, bool InQuote)
{
    public bool IsWord => Kind == TokenKind.Word;

    /// <summary>Lower case, without a possessive or trailing full stop.</summary>
    public string Bare { get; } = BareForm(Text);

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsPossessive => Text.EndsWith("'s", StringComparison.Ordinal) || Text.EndsWith("’s", StringComparison.Ordinal);

    /// <summary>"BEIJING", "FSB", "TASS": upper case through and through.</summary>
    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && Text.Count(char.IsLetter) > 1;

    public bool Is(string word) => Kind == TokenKind.Word && Bare.Equals(word, StringComparison.Ordinal);

    /// <summary>The word lower-cased without a trailing full stop or possessive.</summary>
    public static string BareForm(string word)
    {
        var w = word.TrimEnd('.', ',', ';', ':');
        if (w.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            w = w[..^2];
        }
        return w.ToLowerInvariant();
    }
}
