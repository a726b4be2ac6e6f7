using Lucene.Net.Search;
using Lucene.Net.Search.PostingsHighlight;
using StatementBot.Search.Schema;

namespace StatementBot.Benchmarks.Highlighting;

/// <summary>
/// Lucene's PostingsHighlighter (ICU sentence breaks, BM25-scored passages, offsets read from the postings) asked for
/// the best passage of the stemmed text field and of the exact field (phrases, prefixes), both read from the stored
/// text; the passage of the field with more matches is kept, with the other field's matches inside it marked too.
/// Holds the texts of the call in progress: one per thread.
/// </summary>
internal sealed class PassageSnippets() : ICUPostingsHighlighter(MaxLength)
{
    private const int MaxLength = 100_000;
    private static readonly string[] Fields = [IndexSchema.Text.Name, IndexSchema.TextExact.Name];

    private IReadOnlyDictionary<int, string> _texts = new Dictionary<int, string>();

    /// <summary>For each document: the passage's start and end in the text and its marks (start, end), or null.</summary>
    /// <param name="texts">The documents' stored text, already read for the hits (as a reply reads it), by document.</param>
    public IReadOnlyList<(int Start, int End, List<(int Start, int End)> Marks)?> Passages(Query query, IndexSearcher searcher, int[] documents, IReadOnlyDictionary<int, string> texts)
    {
        _texts = texts;
        var found = HighlightFieldsAsObjects(Fields, query, searcher, documents, [1, 1]);
        var result = new List<(int, int, List<(int, int)>)?>(documents.Length);
        for (var i = 0; i < documents.Length; i++)
        {
            var stemmed = found[Fields[0]][i] as Passage[];
            var exact = found[Fields[1]][i] as Passage[];
            var best = new[] { stemmed?.FirstOrDefault(), exact?.FirstOrDefault() }.OfType<Passage>().OrderByDescending(p => p.NumMatches).FirstOrDefault();
            if (best is null)
            {
                result.Add(null);
                continue;
            }

            var marks = new[] { stemmed, exact }.OfType<Passage[]>().SelectMany(p => p)
                .SelectMany(p => Enumerable.Range(0, p.NumMatches).Select(m => (p.MatchStarts[m], p.MatchEnds[m])))
                .Where(m => m.Item1 >= best.StartOffset && m.Item2 <= best.EndOffset)
                .Distinct().OrderBy(m => m.Item1).ToList();
            result.Add((best.StartOffset, best.EndOffset, marks));
        }

        return result;
    }

    protected override PassageFormatter GetFormatter(string field) => new Raw();

    /// <summary>
    /// Both fields are the stored text (the exact field is not stored), field by field, then document by document;
    /// handed in rather than read again, so the timing is the highlighting's own, like our builder's.
    /// </summary>
    protected override IList<string[]> LoadFieldValues(IndexSearcher searcher, string[] fields, int[] docids, int maxLength)
    {
        var texts = docids.Select(id => _texts.TryGetValue(id, out var text) ? text : searcher.Doc(id).Get(IndexSchema.Text.Name) ?? "").Select(t => t.Length > maxLength ? t[..maxLength] : t).ToArray();
        return fields.Select(_ => texts).ToList();
    }

    /// <summary>Hands back the passages themselves, so the marks are offsets rather than markup.</summary>
    private sealed class Raw : PassageFormatter
    {
        public override object Format(Passage[] passages, string content) => passages;
    }
}
