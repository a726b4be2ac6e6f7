using Lucene.Net.Store;

namespace StatementBot.Search.Opening;

/// <summary>
/// An index folder opened for reading with its files memory-mapped and read through a pointer
/// (<see cref="MappedIndexInput"/>). Lucene.Net's own <see cref="MMapDirectory"/> maps the files too, but reads each
/// byte through a bounds-checked view accessor: stored fields are decompressed byte by byte, and that read was a
/// quarter of a /quote's time (docs/PERFORMANCE.md). Writing goes to the folder as usual.
/// </summary>
internal sealed class MappedDirectory(FSDirectory folder) : FilterDirectory(folder)
{
    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        return MappedIndexInput.Open(Path.Combine(folder.Directory.FullName, name));
    }
}
