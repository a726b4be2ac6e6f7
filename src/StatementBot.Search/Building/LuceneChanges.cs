using Lucene.Net.Index;
using Lucene.Net.Store;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Building;

/// <summary>
/// Applies an update's document changes to a generation's Lucene folder (started from the previous generation's
/// files) in one commit: each changed document's statements replaced by its path, each removed document's deleted.
/// Until the commit nothing is visible, and a failure rolls everything back.
/// </summary>
internal static class LuceneChanges
{
    /// <summary>
    /// Segments past this size are never merged by an update: merging the large segment a full build leaves would
    /// rewrite the whole index for one file. Their deleted statements are reclaimed by the next full build.
    /// </summary>
    private const double LargestMergedMegabytes = 32;

    /// <returns>The number of statements in the index after the commit.</returns>
    public static int Apply(string luceneFolder, IReadOnlyList<string> roots, IReadOnlyList<string> deleted, IReadOnlyList<(string Path, Statement[] Statements)> replaced)
    {
        var config = new IndexWriterConfig(IndexSchema.LuceneVersion, IndexSchema.CreateAnalyzer())
        {
            OpenMode = OpenMode.APPEND,
            Similarity = IndexSchema.CreateSimilarity(),
            MergePolicy = new TieredMergePolicy { MaxMergedSegmentMB = LargestMergedMegabytes },
        };
        using var directory = FSDirectory.Open(luceneFolder);
        using var writer = new IndexWriter(directory, config);
        try
        {
            foreach (var path in deleted)
            {
                writer.DeleteDocuments(IndexSchema.DocumentPath.Term(path));
            }

            foreach (var (path, statements) in replaced)
            {
                var documents = statements.Select(s => IndexSchema.ToDocument(s, StatementId.For(CorpusFolder.Key(s.Document.Path, roots), s.Position), CorpusFolder.Of(s.Document.Path, roots))).ToArray();
                if (documents.Length == 0)
                {
                    writer.DeleteDocuments(IndexSchema.DocumentPath.Term(path));
                }
                else
                {
                    writer.UpdateDocuments(IndexSchema.DocumentPath.Term(path), documents);
                }
            }

            writer.Commit();
            return writer.NumDocs;
        }
        catch
        {
            writer.Rollback();
            throw;
        }
    }
}
