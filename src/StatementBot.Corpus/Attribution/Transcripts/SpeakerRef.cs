namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>Who a turn belongs to, as far as the document tells: a name and, when stated, a role.</summary>
internal sealed record SpeakerRef(string Name, string? Role);
