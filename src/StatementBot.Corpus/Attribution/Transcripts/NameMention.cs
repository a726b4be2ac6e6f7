namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>A person named in a document's prose, with the role written just before the name (if any).</summary>
internal sealed record NameMention(IReadOnlyList<string> NameTokens, string? Role)
{
    public string Name => string.Join(' ', NameTokens);
}
