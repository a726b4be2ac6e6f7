using System.Collections.ObjectModel;

namespace StatementBot.Corpus.Attribution.Transcripts;

/// <summary>One speaker's uninterrupted turn: its paragraphs and the question it answers (if a reporter asked one).</summary>
internal sealed record Turn(SpeakerRef Speaker, StatementKind Kind, string? Question, ReadOnlyCollection<string> Paragraphs);
