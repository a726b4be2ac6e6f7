using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using StatementBot.Search.Analysis;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Schema;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Tests;

/// <summary>
/// The faster ways of reading the index answer exactly what the plain ones did: files read through their mapping,
/// the content weighting without a function query, highlighting that stems only the words that can match.
/// </summary>
public sealed class IndexReadingTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    private static readonly string[] Queries = ["inflation", "\"one-China principle\"", "vaccine OR vaccination", "tariff*", "China NOT Taiwan", "sanctions Russia"];

    [Fact]
    public void MappedFiles_GiveTheSameHitsScoresAndStoredText_AsLucenesDirectory()
    {
        var folder = IndexLayout.LuceneFolder(fixture.Index.Generation);
        using var plain = FSDirectory.Open(folder);
        using var mapped = new MappedDirectory(FSDirectory.Open(folder));
        using var plainReader = DirectoryReader.Open(plain);
        using var mappedReader = DirectoryReader.Open(mapped);
        var hits = 0;
        foreach (var text in Queries)
        {
            var expected = Search(plainReader, text);
            Assert.Equal(expected, Search(mappedReader, text));
            hits += expected.Length;
        }
        Assert.True(hits >= 10, $"only {hits} hits to compare");
    }

    [Fact]
    public void MappedFile_ReadPastItsEnd_Throws()
    {
        var folder = IndexLayout.LuceneFolder(fixture.Index.Generation);
        using var mapped = new MappedDirectory(FSDirectory.Open(folder));
        var name = mapped.ListAll().First(n => n.EndsWith(".fdt", StringComparison.Ordinal));
        using var input = mapped.OpenInput(name, IOContext.READ);
        input.Seek(input.Length - 2);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => input.Seek(input.Length + 1));
    }

    [Fact]
    public void ContentWeighting_ScalesEachScoreByItsContentWords()
    {
        var folder = IndexLayout.LuceneFolder(fixture.Index.Generation);
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader) { Similarity = IndexSchema.CreateSimilarity() };
        var query = QueryCompiler.Compile("inflation", reader).Value!.Query;
        var words = MultiDocValues.GetNumericValues(reader, IndexSchema.Content.Name);
        var plain = searcher.Search(query, 100).ScoreDocs.ToDictionary(d => d.Doc, d => d.Score);
        var weighted = searcher.Search(IndexSchema.Content.Weighted(query), 100).ScoreDocs;
        Assert.Equal(plain.Count, weighted.Length);
        foreach (var hit in weighted)
        {
            Assert.Equal(plain[hit.Doc] * Math.Min(1f, words.Get(hit.Doc) / (float)IndexSchema.Content.FullWeight), hit.Score);
        }
    }

    [Fact]
    public void Stemming_KeepsEveryWordsFirstLetter()
    {
        // Highlighting skips words that start with none of the query stems' first letters (HighlightTerms.MayHaveStem).
        var folder = IndexLayout.LuceneFolder(fixture.Index.Generation);
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var stemmer = new WordStemmer();
        var terms = MultiFields.GetTerms(reader, IndexSchema.TextExact.Name).GetEnumerator();
        var checkedWords = 0;
        while (terms.MoveNext())
        {
            var word = terms.Term.Utf8ToString();
            if (stemmer.Stem(word) is { } stem)
            {
                Assert.True(stem.Length > 0 && stem[0] == word[0], $"{word} stems to {stem}");
                checkedWords++;
            }
        }
        Assert.True(checkedWords > 300, $"only {checkedWords} words");

        // Words the English stemmer treats as exceptions, or changes most (y to i, -ying, -ies).
        foreach (var word in new[] { "dying", "lying", "skies", "gently", "ugly", "early", "yelling", "yearly", "communism", "generously", "agreed" })
        {
            var stem = stemmer.Stem(word);
            Assert.True(stem is { Length: > 0 } && stem[0] == word[0], $"{word} stems to {stem}");
        }
    }

    private static (string Id, float Score, string Text)[] Search(IndexReader reader, string text)
    {
        var searcher = new IndexSearcher(reader) { Similarity = IndexSchema.CreateSimilarity() };
        var query = IndexSchema.Content.Weighted(QueryCompiler.Compile(text, reader).Value!.Query);
        return searcher.Search(query, 50).ScoreDocs
            .Select(hit => (Document: searcher.Doc(hit.Doc), hit.Score))
            .Select(hit => (IndexSchema.Id.Read(hit.Document), hit.Score, IndexSchema.Text.Read(hit.Document)))
            .ToArray();
    }
}
