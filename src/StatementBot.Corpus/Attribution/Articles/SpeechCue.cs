using StatementBot.Corpus.Attribution.Articles.Rules;

namespace StatementBot.Corpus.Attribution.Articles;

/// <summary>
/// A speech verb and who it gives the words to: "Tan said", "said Tan" (<see cref="Inverted"/>), "according to
/// Tan". Token indices are the paragraph's; <see cref="First"/> and <see cref="Last"/> bound the whole cue.
/// </summary>
internal sealed record SpeechCue(SpeechVerb Verb, int VerbStart, int VerbEnd, Mention Subject, ArticlePerson Speaker, bool Inverted)
{
    public int First => Math.Min(VerbStart, Subject.PhraseStart);

    /// <summary>The index just past the cue's last token.</summary>
    public int Last => Math.Max(VerbEnd, Subject.End);
}
