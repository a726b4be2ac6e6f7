namespace StatementBot.Corpus.Attribution.Articles;

internal enum TokenKind
{
    Word,
    Comma,
    Colon,
    Semicolon,
    Quote,
    OpenParen,
    CloseParen,
    Dash,
    Stop,
    Other,
}
