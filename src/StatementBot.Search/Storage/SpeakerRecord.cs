using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Storage;

/// <summary>One row of <c>speakers.json</c>: the registry entry and the speaker's statistics.</summary>
/// <param name="Roles">Each role the speaker's statements give, most statements first, with first and last date; null in indexes built before roles had dates.</param>
public sealed record SpeakerRecord(SpeakerEntry Speaker, SpeakerStats Stats, IReadOnlyList<RoleSeen>? Roles = null);
