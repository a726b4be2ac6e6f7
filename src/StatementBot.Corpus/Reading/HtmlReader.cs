namespace StatementBot.Corpus.Reading;

/// <summary>Reads HTML pages (the Foreign Ministry site): title, date from the title, body without site navigation.</summary>
public sealed class HtmlReader
{
    /// <summary>Parses already-decoded text; returns a skip (with reason) when the text is not this format.</summary>
    public ReadResult Read(string path, string text) => throw new NotImplementedException();
}
