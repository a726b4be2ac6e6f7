using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Comparing;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Tests.Comparing;

/// <summary>The phrase check of /compare's distinct words must say what a <see cref="PhraseQuery"/> search says.</summary>
public sealed class StatementSetTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void AnyWithPhrase_AgreesWithAPhraseQuery_ForWordsInAndOutOfOrder()
    {
        using var lease = fixture.Index.Acquire();
        var searcher = lease.Searcher;
        var stemmer = new WordStemmer();
        var reader = searcher.IndexReader;
        var stems = Enumerable.Range(0, reader.MaxDoc)
            .SelectMany(doc => TextTokenizer.Tokenize(IndexSchema.Text.Read(searcher.Doc(doc))).Select(t => stemmer.Stem(t.Term)).OfType<string>())
            .ToArray();
        // Pairs and triples as the texts have them (phrases that exist) and shifted by one (mostly phrases that do not).
        var phrases = Enumerable.Range(0, stems.Length - 3).Where(i => i % 7 == 0)
            .SelectMany(i => new[] { stems[i..(i + 2)], stems[i..(i + 3)], [stems[i], stems[i + 2]], [stems[i + 1], stems[i]] })
            .ToArray();
        var sets = new[]
        {
            (Query: (Query)new MatchAllDocsQuery(), Filter: (Filter?)null),
            (Query: new MatchAllDocsQuery(), Filter: new QueryWrapperFilter(IndexSchema.Speaker.Filter("Karine Jean-Pierre"))),
            (Query: new TermQuery(IndexSchema.Text.Term("ukrain")), Filter: new QueryWrapperFilter(IndexSchema.Speaker.Filter("John Kirby"))),
        };

        var found = 0;
        foreach (var (query, filter) in sets)
        {
            var set = StatementSet.Collect(searcher, query, filter);
            foreach (var words in phrases)
            {
                var phrase = new PhraseQuery();
                foreach (var word in words)
                {
                    phrase.Add(IndexSchema.Text.Term(word));
                }
                var expected = searcher.Search(new BooleanQuery { { query, Occur.MUST }, { phrase, Occur.MUST } }, filter, 1).TotalHits > 0;

                Assert.True(expected == set.AnyWithPhrase(words.Select(IndexSchema.Text.Term).ToArray()), $"\"{string.Join(' ', words)}\": a phrase search says {expected}");
                found += expected ? 1 : 0;
            }
        }

        Assert.InRange(found, 1, phrases.Length * sets.Length - 1);
    }
}
