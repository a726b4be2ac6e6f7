namespace StatementBot.Corpus.Reading.Pdf;

/// <summary>
/// One line of text on a PDF page, where it stands (PDF units, y growing upwards) and which text block of the page
/// it belongs to. <paramref name="Height"/> is the font size, so gaps compare with it whatever the font.
/// </summary>
internal sealed record PdfLine(string Text, double Top, double Bottom, double Height, int Block);
