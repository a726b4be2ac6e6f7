using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using StatementBot.Corpus.Attribution;
using StatementBot.Search.Analysis;
using StatementBot.Search.Schema;

namespace StatementBot.Benchmarks.Highlighting;

/// <summary>
/// A small index of the statements' words only (text stemmed and stored, text exact, question), written either as
/// StatementBot writes them or with character offsets in the postings, which PostingsHighlighter needs. The two sizes
/// say what offsets would cost; the second is the one the comparison searches.
/// </summary>
internal static class OffsetsIndex
{
    public static FSDirectory Build(string folder, IEnumerable<Statement> statements, bool offsets)
    {
        var words = offsets ? IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS : IndexOptions.DOCS_AND_FREQS_AND_POSITIONS;
        var stored = new FieldType(TextField.TYPE_STORED) { IndexOptions = words };
        var exact = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = words };
        var question = new FieldType(TextField.TYPE_NOT_STORED) { IndexOptions = IndexOptions.DOCS_AND_FREQS };
        stored.Freeze();
        exact.Freeze();
        question.Freeze();

        var directory = FSDirectory.Open(folder);
        var analyzer = new PerFieldAnalyzerWrapper(new ExactAnalyzer(), new Dictionary<string, Lucene.Net.Analysis.Analyzer>
        {
            [IndexSchema.Text.Name] = new StemmedAnalyzer(),
            [IndexSchema.Question.Name] = new StemmedAnalyzer(),
        });
        using var writer = new IndexWriter(directory, new IndexWriterConfig(IndexSchema.LuceneVersion, analyzer) { OpenMode = OpenMode.CREATE });
        foreach (var statement in statements)
        {
            var document = new Document
            {
                new Field(IndexSchema.Text.Name, statement.Text, stored),
                new Field(IndexSchema.TextExact.Name, statement.Text, exact),
            };
            if (!string.IsNullOrWhiteSpace(statement.Question))
            {
                document.Add(new Field(IndexSchema.Question.Name, statement.Question, question));
            }

            writer.AddDocument(document);
        }

        writer.ForceMerge(1);
        writer.Commit();
        return directory;
    }

    public static double Megabytes(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length) / (1024.0 * 1024.0);
}
