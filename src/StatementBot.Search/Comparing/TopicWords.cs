using Lucene.Net.Search;
using StatementBot.Search.Analysis;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Comparing;

/// <summary>
/// The content words and known phrases of a sample of statements: how often each term occurs (a term is its stemmed
/// words joined by a space: "hong kong"), how many content words the sample has, and each term's commonest
/// writing away from a sentence start ("Taiwan", "Hong Kong"). What each statement contributes is
/// <see cref="StatementWords"/>, read once per statement of an index and kept. Not thread-safe: one per request.
/// </summary>
internal sealed class TopicWords(WordStemmer stemmer, PhraseBook phrases)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly List<StatementWords> _statements = [];

    public int Samples => _statements.Count;

    /// <summary>Content words counted (the sample's size for the log-odds).</summary>
    public long Words { get; private set; }

    public IEnumerable<string> Terms => _counts.Keys;

    public int CountOf(string term) => _counts.GetValueOrDefault(term);

    public bool Contains(string term) => _counts.ContainsKey(term);

    public static bool IsPhrase(string term) => term.Contains(' ', StringComparison.Ordinal);

    /// <summary>Adds a statement's text to the sample.</summary>
    public void Add(string text) => Add(StatementWords.Of(text, stemmer, phrases));

    /// <summary>Adds the statement <paramref name="doc"/> of the searcher's index, read and analysed once per index.</summary>
    public void Add(IndexSearcher searcher, int doc) =>
        Add(CompareCache.For(searcher.IndexReader).WordsOf(doc, () => IndexSchema.Text.Read(searcher.Doc(doc, IndexSchema.Text.Only)), stemmer, phrases));

    public void Add(StatementWords statement)
    {
        _statements.Add(statement);
        Words += statement.Words;
        for (var i = 0; i < statement.TermCount; i++)
        {
            var term = statement.TermAt(i);
            _counts[term] = _counts.GetValueOrDefault(term) + statement.CountAt(i);
        }
    }

    /// <summary>How the term is best shown: its commonest writing inside a sentence in the sample.</summary>
    public string Display(string term)
    {
        var writings = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var statement in _statements)
        {
            statement.AddWritings(term, writings);
        }

        return writings.Count == 0
            ? term
            : writings.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
    }
}
