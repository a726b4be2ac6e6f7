namespace StatementBot.Corpus.Reading.PlainText;

/// <summary>What the lines above a plain-text page's body say about it, and where the body starts.</summary>
internal sealed record PageHeader(
    string Title,
    DateOnly? Date,
    string? Source,
    string? Byline,
    string? Url,
    int BodyStart);
