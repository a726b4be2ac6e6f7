namespace StatementBot.Corpus.Reading;

/// <summary>Reads plain-text pages (the seeds, Wikinews): title, date, source/byline, body without page furniture.</summary>
public sealed class PlainTextReader
{
    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text) => throw new NotImplementedException();
}
