namespace StatementBot.Corpus.Speakers;

/// <summary>What a name typed by a user (or written in a document) refers to.</summary>
public abstract record SpeakerResolution
{
    public sealed record Found(SpeakerEntry Speaker) : SpeakerResolution;

    /// <summary>
    /// The name fits several people (e.g. "Biden"); the candidates are listed for the user to pick. When a title was
    /// typed ("the president"), <paramref name="Office"/> is that office and the candidates are its holders,
    /// latest term first, each with its <see cref="SpeakerEntry.OfficeTerms"/>.
    /// </summary>
    public sealed record Ambiguous(IReadOnlyList<SpeakerEntry> Candidates, string? Office = null) : SpeakerResolution;

    /// <summary>No one by that name; close names are offered.</summary>
    public sealed record NotFound(IReadOnlyList<string> Suggestions) : SpeakerResolution;
}
