using StatementBot.Corpus.Speakers;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Results;

/// <summary>One speaker in the directory: who, how many statements, first and last date, and each role with its dates.</summary>
public sealed record SpeakerListing(SpeakerEntry Speaker, int Statements, int Documents, DateOnly? First, DateOnly? Last, IReadOnlyList<RoleSeen> Roles);
