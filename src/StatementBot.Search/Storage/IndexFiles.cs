using System.Text.Json;
using System.Text.Json.Serialization;

namespace StatementBot.Search.Storage;

/// <summary>Reads and writes the JSON files saved beside the Lucene index.</summary>
public static class IndexFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static void WriteManifest(string generation, IndexManifest manifest) =>
        Write(IndexLayout.ManifestFile(generation), manifest);

    public static void WriteSpeakers(string generation, IReadOnlyList<SpeakerRecord> speakers) =>
        Write(IndexLayout.SpeakersFile(generation), speakers);

    public static void WritePhrases(string generation, IReadOnlyList<PhraseRecord> phrases) =>
        Write(IndexLayout.PhrasesFile(generation), phrases);

    public static void WriteIndexedFiles(string generation, IndexedFiles files) =>
        Write(IndexLayout.IndexedFilesFile(generation), files);

    /// <summary>What the generation was built from, file by file; null when missing (built before files were listed) or unreadable.</summary>
    public static IndexedFiles? ReadIndexedFiles(string generation) =>
        Read<IndexedFiles>(IndexLayout.IndexedFilesFile(generation));

    /// <summary>The corpus's phrases, or null when the file is missing or unreadable.</summary>
    public static IReadOnlyList<PhraseRecord>? ReadPhrases(string generation) =>
        Read<List<PhraseRecord>>(IndexLayout.PhrasesFile(generation));

    /// <summary>The manifest, or null when it is missing or unreadable.</summary>
    public static IndexManifest? ReadManifest(string generation) => Read<IndexManifest>(IndexLayout.ManifestFile(generation));

    public static IReadOnlyList<SpeakerRecord>? ReadSpeakers(string generation) =>
        Read<List<SpeakerRecord>>(IndexLayout.SpeakersFile(generation));

    /// <summary>Writes and flushes to the disk, so a generation published after it never names a file still in memory.</summary>
    private static void Write<T>(string path, T value)
    {
        using var stream = File.Create(path);
        JsonSerializer.Serialize(stream, value, Options);
        stream.Flush(flushToDisk: true);
    }

    private static T? Read<T>(string path) where T : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<T>(stream, Options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}
