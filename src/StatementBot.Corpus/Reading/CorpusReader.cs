using System.Collections.Concurrent;
using StatementBot.Corpus.Documents;

namespace StatementBot.Corpus.Reading;

/// <summary>
/// Reads every file under the corpus folders, choosing a reader by extension (<see cref="DocumentReaders"/>: plain
/// text, Markdown with YAML front matter, HTML, PDF, Word). A file that cannot be read becomes a
/// <see cref="SkippedFile"/>; it never throws.
/// Safe to use from several threads at once.
/// </summary>
public sealed class CorpusReader
{
    /// <summary>
    /// Files larger than this are not corpus documents and are skipped unread: the largest transcript in the shared
    /// corpora is 144 kB, and reading a file takes memory several times its size (a 14 MB page needed about 400 MB).
    /// </summary>
    public const int MaxFileBytes = 8 * 1024 * 1024;

    /// <summary>
    /// A paragraph longer than this (characters) makes its file a skip: prose paragraphs in the shared corpora stay
    /// under 4,000, and attribution takes time growing faster than a paragraph's length (one paragraph of 1 MB took
    /// seconds, one of 14 MB did not finish in five minutes). A longer one is a file that lost its line breaks.
    /// </summary>
    public const int MaxParagraphCharacters = 64 * 1024;

    private readonly DocumentReaders _readers;
    private readonly ConcurrentDictionary<string, ((DateTime, long) Stamp, Lazy<FolderIndex> Index)> _indexes = new(StringComparer.Ordinal);

    /// <summary>Reads with every format the corpus knows (<see cref="DocumentReaders.Default"/>).</summary>
    public CorpusReader()
        : this(DocumentReaders.Default)
    {
    }

    public CorpusReader(DocumentReaders readers) => _readers = readers;

    /// <summary>
    /// Every candidate file under the given folders (recursively) or the files themselves, each root's files in
    /// ordinal path order, roots in the order given, without duplicates. Dot-files and dot-folders and the corpus's
    /// own metadata (<c>index.csv</c>, <c>LICENSE*</c>, <c>README*</c>) are left out silently. A root that does not
    /// exist is returned as it is, so that <see cref="Read"/> reports it as a skip ("file or folder not found")
    /// instead of the whole build failing.
    /// </summary>
    public static IReadOnlyList<string> EnumerateFiles(IEnumerable<string> roots)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.System,
            ReturnSpecialDirectories = false,
        };

        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            if (Directory.Exists(root))
            {
                var under = Directory.EnumerateFiles(root, "*", options)
                    .Where(file => !IsInHiddenFolder(root, file) && !CorpusFiles.IsHidden(Path.GetFileName(file)) && !CorpusFiles.IsMetadata(file))
                    .Order(StringComparer.Ordinal);
                files.AddRange(under.Where(file => seen.Add(Identity(file))));
            }
            else if (seen.Add(Identity(root)))
            {
                files.Add(root);
            }
        }

        return files;
    }

    /// <summary>Reads one file; never throws for bad content.</summary>
    public ReadResult Read(string path)
    {
        try
        {
            return ReadFile(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Listed, then gone before it was read (a sync tool replacing it, a clean-up under way).
            return ReadResult.Skip(path, "file or folder not found");
        }
        catch (UnauthorizedAccessException)
        {
            return ReadResult.Skip(path, "permission denied");
        }
        catch (IOException e)
        {
            return ReadResult.Skip(path, "could not be read: " + SkippedFile.OneLine(e.Message));
        }
    }

    private ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return ReadResult.Skip(path, "a folder, not a file");
        }

        if (!File.Exists(path))
        {
            return ReadResult.Skip(path, "file or folder not found");
        }

        if (CorpusFiles.IsMetadata(path))
        {
            return ReadResult.Skip(path, "not a document (corpus metadata)");
        }

        if (_readers.For(path) is not { } reader)
        {
            var extension = Path.GetExtension(path);
            return ReadResult.Skip(path, extension.Length == 0 ? "unknown format (no extension)" : $"unknown format ({extension.ToLowerInvariant()})");
        }

        // Only regular files have a size; a pipe or device says 0 and is never opened (opening a pipe waits for a writer).
        var length = new FileInfo(path).Length;
        if (length == 0)
        {
            return ReadResult.Skip(path, "empty file");
        }

        if (length > MaxFileBytes)
        {
            return ReadResult.Skip(path, TooLarge(length));
        }

        if (FileBytes.ReadAtMost(path, MaxFileBytes) is not { } bytes)
        {
            // It grew past the limit after it was listed.
            return ReadResult.Skip(path, TooLarge(new FileInfo(path).Length));
        }

        var result = Parse(path, reader, bytes);
        if (result.Document is not { } document)
        {
            return result;
        }

        return TooLong(document) is { } tooLong ? ReadResult.Skip(path, tooLong) : ReadResult.Read(WithIndexedUrl(document));
    }

    private static string? TooLong(SourceDocument document)
    {
        var longest = document.Paragraphs.Count == 0 ? 0 : document.Paragraphs.Max(p => p.Length);
        if (longest > MaxParagraphCharacters)
        {
            return $"a paragraph of {longest:N0} characters (at most {MaxParagraphCharacters:N0} are read as one; the file may have lost its line breaks)";
        }

        return document.Info.Title.Length > MaxParagraphCharacters
            ? $"a title of {document.Info.Title.Length:N0} characters (at most {MaxParagraphCharacters:N0})"
            : null;
    }

    private static string TooLarge(long bytes) =>
        $"too large ({Megabytes(bytes)}; a document may be at most {Megabytes(MaxFileBytes)}, so it is skipped unread)";

    private static string Megabytes(long bytes) =>
        bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB" : $"{bytes / 1024.0:0.#} kB";

    private static ReadResult Parse(string path, IDocumentReader reader, ReadOnlyMemory<byte> bytes)
    {
        try
        {
            return reader.Read(path, bytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader that fails on one odd file must not stop a build of thousands: the file is reported with the
            // failure, so the reader can be fixed, and every other file is still read.
            return ReadResult.Skip(path, $"the {reader.Format.Name} reader failed: {e.GetType().Name}: {SkippedFile.OneLine(e.Message)}");
        }
    }

    private SourceDocument WithIndexedUrl(SourceDocument document)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(document.Info.Path)) ?? ".";
        // A folder's index is read once per version: a folder that grows (saved feed items) lists new files in it.
        var stamp = IndexStamp(folder);
        var cached = _indexes.AddOrUpdate(
            folder,
            f => (stamp, new Lazy<FolderIndex>(() => FolderIndex.Load(f))),
            (f, old) => old.Stamp == stamp ? old : (stamp, new Lazy<FolderIndex>(() => FolderIndex.Load(f))));
        return cached.Index.Value.Apply(document);
    }

    private static (DateTime, long) IndexStamp(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, CorpusFiles.IndexFileName));
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : (DateTime.MinValue, -1);
    }

    /// <summary>The absolute path, so "corpus/a.md" and "./corpus/a.md" are read once; a path that has none stays as given.</summary>
    private static string Identity(string path)
    {
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return path;
        }
    }

    private static bool IsInHiddenFolder(string root, string file)
    {
        var relative = Path.GetRelativePath(root, Path.GetDirectoryName(file) ?? root);
        return relative != "." && relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(CorpusFiles.IsHidden);
    }
}
