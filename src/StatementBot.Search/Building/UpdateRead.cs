using StatementBot.Corpus.Loading;
using StatementBot.Search.Freshness;

namespace StatementBot.Search.Building;

/// <summary>The corpus as an update found it: every file extracted (most from what was kept), and what changed.</summary>
/// <param name="Files">Every corpus file, in reading order.</param>
/// <param name="Keys">Each file's key; null where it is to be read again next time.</param>
/// <param name="Stamps">Each file's stamp as it was read.</param>
/// <param name="Read">How many files were read and attributed (the rest came from what was kept).</param>
internal sealed record UpdateRead(
    ExtractedFile[] Files,
    string?[] Keys,
    FileStamp?[] Stamps,
    IReadOnlyDictionary<string, string> Folders,
    int Added,
    int Changed,
    int Removed,
    int Read);
