namespace StatementBot.Search.Freshness;

/// <summary>A file's size and modification time (UTC ticks): what tells, without opening it, that it may have changed.</summary>
public readonly record struct FileStamp(long Length, long Modified)
{
    /// <summary>The file's stamp now; null when it is gone or cannot be asked.</summary>
    public static FileStamp? Of(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc.Ticks) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
