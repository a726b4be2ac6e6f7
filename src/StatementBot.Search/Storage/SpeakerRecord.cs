using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Storage;

/// <summary>One row of <c>speakers.json</c>: the registry entry and the speaker's statistics.</summary>
public sealed record SpeakerRecord(SpeakerEntry Speaker, SpeakerStats Stats);
