using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Reading;
using StatementBot.Corpus.Speakers;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// Reads one corpus file and attributes its statements. A file that cannot be read or attributed becomes a skip
/// with the reason, never an exception. Thread-safe; create one per pass over the corpus, since it remembers each
/// folder's <c>index.csv</c> as it was when first needed.
/// </summary>
public sealed class FileExtractor
{
    private readonly CorpusReader _reader = new();
    private readonly StatementExtractor _extractor = new();

    public ExtractedFile Extract(string path)
    {
        var read = _reader.Read(path);
        if (read.Document is not { } document)
        {
            return ExtractedFile.Skip(read.Skipped ?? new SkippedFile(path, "not read"));
        }

        IReadOnlyList<Statement> statements;
        try
        {
            statements = _extractor.Extract(document);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // One document the attributors cannot handle is reported with the failure and the build goes on.
            return ExtractedFile.Skip(new SkippedFile(path, $"statements could not be attributed: {e.GetType().Name}: {SkippedFile.OneLine(e.Message)}"));
        }

        // The names the text writes are read here, on the file's own thread, so the corpus-wide steps need not read the text.
        return new ExtractedFile(path, new ExtractedDocument(document, statements), null, SizeOf(path), StatementsFingerprint.Of(statements))
        {
            Names = WrittenNames.Of(statements),
        };
    }

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
