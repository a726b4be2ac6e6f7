namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>One classified paragraph: its kind, its text without the label, and for turns the speaker.</summary>
internal sealed record TranscriptLine(LineKind Kind, string Text, SpeakerRef? Speaker = null);
