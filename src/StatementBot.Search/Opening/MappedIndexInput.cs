using System.Buffers.Binary;
using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace StatementBot.Search.Opening;

/// <summary>
/// One index file, memory-mapped read-only and read through a pointer. Clones (Lucene makes one per reading thread
/// and per term) share the mapping; closing the input Lucene opened unmaps it, which the index reader does only when
/// no search uses it any more (<see cref="IndexGeneration"/> counts them). Not thread-safe: one reader per clone, as
/// Lucene uses them.
/// </summary>
internal sealed unsafe class MappedIndexInput : IndexInput
{
    private readonly Mapping _mapping;
    private readonly byte* _start;
    private readonly long _length;
    private long _position;
    private bool _isClone;

    private MappedIndexInput(string path, Mapping mapping)
        : base($"{nameof(MappedIndexInput)}(path=\"{path}\")")
    {
        _mapping = mapping;
        _start = mapping.Start;
        _length = mapping.Length;
    }

    public static MappedIndexInput Open(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return new MappedIndexInput(path, Mapping.Of(stream));
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length)
        {
            throw new EndOfStreamException($"Seek to {pos} outside {this} of {_length} bytes.");
        }
        EnsureOpen();
        _position = pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length)
        {
            throw new EndOfStreamException($"Read past the end of {this}.");
        }
        return _start[_position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len)
    {
        Take(len).CopyTo(b.AsSpan(offset, len));
    }

    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(sizeof(short)));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(sizeof(int)));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(sizeof(long)));

    public override object Clone()
    {
        EnsureOpen();
        var clone = (MappedIndexInput)base.Clone();
        clone._isClone = true;
        return clone;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_isClone)
        {
            _mapping.Dispose();
        }
    }

    /// <summary>The next <paramref name="count"/> bytes, moving past them.</summary>
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count < 0 || count > _length - _position)
        {
            throw new EndOfStreamException($"Read past the end of {this}.");
        }
        var span = new ReadOnlySpan<byte>(_start + _position, count);
        _position += count;
        return span;
    }

    private void EnsureOpen() => ObjectDisposedException.ThrowIf(_mapping.IsClosed, this);

    /// <summary>A file's mapping and the pointer to its first byte (none for an empty file, which cannot be mapped).</summary>
    private sealed class Mapping : IDisposable
    {
        private readonly MemoryMappedFile? _file;
        private readonly MemoryMappedViewAccessor? _view;

        private Mapping(MemoryMappedFile? file, MemoryMappedViewAccessor? view, byte* start, long length)
        {
            _file = file;
            _view = view;
            Start = start;
            Length = length;
        }

        public byte* Start { get; }

        public long Length { get; }

        public bool IsClosed { get; private set; }

        public static Mapping Of(FileStream stream)
        {
            if (stream.Length == 0)
            {
                return new Mapping(null, null, null, 0);
            }

            var file = MemoryMappedFile.CreateFromFile(stream, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            try
            {
                var view = file.CreateViewAccessor(0, stream.Length, MemoryMappedFileAccess.Read);
                byte* start = null;
                view.SafeMemoryMappedViewHandle.AcquirePointer(ref start);
                return new Mapping(file, view, start + view.PointerOffset, stream.Length);
            }
            catch
            {
                file.Dispose();
                throw;
            }
        }

        public void Dispose()
        {
            if (IsClosed)
            {
                return;
            }

            IsClosed = true;
            _view?.SafeMemoryMappedViewHandle.ReleasePointer();
            _view?.Dispose();
            _file?.Dispose();
        }
    }
}
