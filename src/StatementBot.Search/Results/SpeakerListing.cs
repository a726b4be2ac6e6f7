using StatementBot.Corpus.Speakers;

namespace StatementBot.Search.Results;

/// <summary>One speaker in the directory: who (with each role and its dates), how many statements, first and last date.</summary>
public sealed record SpeakerListing(SpeakerEntry Speaker, int Statements, int Documents, DateOnly? First, DateOnly? Last);
