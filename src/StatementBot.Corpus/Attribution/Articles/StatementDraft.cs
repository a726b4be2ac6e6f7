namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>A statement being assembled: its speaker, kind and the ranges of text that make it up, in order.</summary>
internal sealed record StatementDraft(ArticlePerson Person, StatementKind Kind, IReadOnlyList<TextRange> Parts, string? Question = null)
{
    public TextRange First => Parts[0];

    public bool Overlaps(StatementDraft other) =>
        Parts.Any(a => other.Parts.Any(b => a.Paragraph == b.Paragraph && a.Start < b.End && b.Start < a.End));
}
