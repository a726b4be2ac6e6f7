using Lucene.Net.Search;
using Lucene.Net.Store;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Comparing;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Opening;

/// <summary>
/// One published index, open: its searcher manager, manifest, speaker registry and statistics. Reference-counted so
/// a newer generation can replace it while searches on it finish; the last release closes it.
/// </summary>
internal sealed class IndexGeneration
{
    private readonly Lucene.Net.Store.Directory _directory;
    private int _references = 1;

    private IndexGeneration(string folder, Lucene.Net.Store.Directory directory, SearcherManager manager, IndexManifest manifest, IReadOnlyList<SpeakerRecord> speakers)
    {
        Phrases = new PhraseBook(IndexFiles.ReadPhrases(folder) ?? []);
        Folder = folder;
        _directory = directory;
        Manager = manager;
        Manifest = manifest;
        Records = speakers;
        Speakers = SpeakerRegistry.FromEntries(speakers.Select(s => s.Speaker));
        Stats = speakers
            .GroupBy(s => s.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Stats, StringComparer.OrdinalIgnoreCase);
    }

    public string Folder { get; }

    public SearcherManager Manager { get; }

    public IndexManifest Manifest { get; }

    public SpeakerRegistry Speakers { get; }

    /// <summary>Every speaker's row as saved with the index (entry, statistics, roles with dates).</summary>
    public IReadOnlyList<SpeakerRecord> Records { get; }

    public IReadOnlyDictionary<string, SpeakerStats> Stats { get; }

    /// <summary>The corpus's phrases ("Hong Kong", "Inflation Reduction Act"), for comparisons.</summary>
    public PhraseBook Phrases { get; }

    public SpeakerStats StatsOf(string speaker) => Stats.GetValueOrDefault(speaker) ?? SpeakerStats.None;

    public static IndexGeneration Open(string folder)
    {
        var manifest = IndexFiles.ReadManifest(folder)
            ?? throw new InvalidDataException($"The index in {folder} has no readable manifest.json; rebuild it.");
        var speakers = IndexFiles.ReadSpeakers(folder)
            ?? throw new InvalidDataException($"The index in {folder} has no readable speakers.json; rebuild it.");
        var directory = new MappedDirectory(FSDirectory.Open(IndexLayout.LuceneFolder(folder)));
        try
        {
            var manager = new SearcherManager(directory, new Bm25SearcherFactory());
            return new IndexGeneration(folder, directory, manager, manifest, speakers);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>Takes a reference unless the generation is already closed.</summary>
    public bool TryAddReference()
    {
        while (true)
        {
            var count = Volatile.Read(ref _references);
            if (count <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _references, count + 1, count) == count)
            {
                return true;
            }
        }
    }

    public void Release()
    {
        if (Interlocked.Decrement(ref _references) == 0)
        {
            Manager.Dispose();
            _directory.Dispose();
        }
    }
}
