using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// One corpus file format: which file extensions it reads, and how a file's bytes become a
/// <see cref="SourceDocument"/> (or a skip with a one-line reason). A new format is one implementation plus one
/// entry in <see cref="DocumentReaders.Default"/>; <see cref="CorpusReader"/> has already checked that the file
/// exists, is not empty and is within <see cref="CorpusReader.MaxFileBytes"/>. Implementations are used from several
/// threads at once and keep no state between files.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format of the documents this reader returns.</summary>
    DocumentFormat Format { get; }

    /// <summary>The file extensions read, with their dot (".pdf"); compared without regard to case.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads one file's bytes; bad content is a skip with a reason, not an exception.</summary>
    ReadResult Read(string path, ReadOnlyMemory<byte> bytes);
}
