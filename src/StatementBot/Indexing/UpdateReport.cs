using StatementBot.Search.Building;

namespace StatementBot.Indexing;

/// <summary>The one line an update prints: what changed in the corpus, what changed in the index, and how long it took.</summary>
public static class UpdateReport
{
    public static string Line(IndexUpdate update)
    {
        var m = update.Manifest;
        var files = $"{Count(update.Added, "file")} added, {update.Changed:N0} changed, {update.Removed:N0} removed";
        var documents = update.Reindexed == 1 ? "1 document indexed again" : $"{update.Reindexed:N0} documents indexed again";
        var deleted = update.Deleted > 0 ? $", {update.Deleted:N0} taken out" : "";
        return $"Updated the index: {files}; {documents}{deleted} in {update.Elapsed.TotalSeconds:N2} s. " +
            $"Now {m.Documents:N0} documents, {m.Statements:N0} statements, {m.Speakers:N0} speakers.";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count:N0} {noun}s";
}
