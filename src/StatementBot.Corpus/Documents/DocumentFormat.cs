namespace StatementBot.Corpus.Documents;

/// <summary>
/// The kind of file a document was read from, with what attribution needs to know about it. Each reader declares
/// its own (see <c>IDocumentReader.Format</c>); the three formats below are the corpus's original ones.
/// </summary>
/// <param name="Name">The format's name, as skip reasons show it ("the Html reader failed").</param>
/// <param name="TitledSpeechIsTranscript">
/// True when a title naming a speaker ("Remarks by President Biden ...") makes a page without speaker labels that
/// speaker's speech. Pages an official site publishes (the White House's Markdown, the Foreign Ministry's HTML) are;
/// news articles (plain-text Wikinews pages) and files that may hold anything (PDF, Word) are not, so they are read
/// as transcripts only when their own text has speaker turns.
/// </param>
public sealed record DocumentFormat(string Name, bool TitledSpeechIsTranscript)
{
    public static DocumentFormat PlainText { get; } = new("PlainText", TitledSpeechIsTranscript: false);

    public static DocumentFormat Markdown { get; } = new("Markdown", TitledSpeechIsTranscript: true);

    public static DocumentFormat Html { get; } = new("Html", TitledSpeechIsTranscript: true);

    public override string ToString() => Name;
}
