using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>What an update did: the files added, changed and removed, the documents it indexed again, and how long.</summary>
/// <param name="Read">Files read and attributed (the others came from what was kept).</param>
/// <param name="Reindexed">Documents whose statements were replaced (changed files, and files whose speakers now
/// resolve differently because of another file).</param>
/// <param name="Deleted">Documents taken out (files removed, or now duplicates of another).</param>
public sealed record IndexUpdate(
    string Generation,
    IndexManifest Manifest,
    int Added,
    int Changed,
    int Removed,
    int Read,
    int Reindexed,
    int Deleted,
    TimeSpan Elapsed)
{
    /// <summary>How long each step took (reading the corpus, the corpus-wide steps, writing, publishing), for the bench.</summary>
    public IReadOnlyList<(string Step, TimeSpan Took)> Steps { get; init; } = [];

    /// <summary>Whether the index changed at all (a file touched but not changed changes nothing).</summary>
    public bool ChangedIndex => Reindexed > 0 || Deleted > 0;
}
