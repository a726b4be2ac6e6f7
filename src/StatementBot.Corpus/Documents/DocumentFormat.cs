namespace StatementBot.Corpus.Documents;

public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
}
