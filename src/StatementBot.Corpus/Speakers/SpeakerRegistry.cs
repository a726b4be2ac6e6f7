using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Every speaker in the corpus with aliases and roles. Attribution, autocomplete and the speaker filter all
/// resolve names through it.
/// </summary>
public sealed class SpeakerRegistry
{
    /// <summary>Builds the registry from extracted statements.</summary>
    public static SpeakerRegistry Build(IEnumerable<Statement> statements) => throw new NotImplementedException();

    /// <summary>Recreates a registry saved with an index.</summary>
    public static SpeakerRegistry FromEntries(IEnumerable<SpeakerEntry> entries) => throw new NotImplementedException();

    public IReadOnlyList<SpeakerEntry> Speakers => throw new NotImplementedException();

    /// <summary>Rewrites a statement's speaker to the canonical full name where the corpus knows it.</summary>
    public Statement Canonicalize(Statement statement) => throw new NotImplementedException();

    public SpeakerResolution Resolve(string name) => throw new NotImplementedException();

    /// <summary>Up to <paramref name="max"/> speakers whose name or alias matches what was typed; none for blank input.</summary>
    public IReadOnlyList<SpeakerEntry> Complete(string typed, int max = 25) => throw new NotImplementedException();
}
