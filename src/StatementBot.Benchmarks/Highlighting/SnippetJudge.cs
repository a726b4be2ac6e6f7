using StatementBot.Search.Analysis;
using StatementBot.Search.Highlighting;

namespace StatementBot.Benchmarks.Highlighting;

/// <summary>
/// Judges one snippet against the query, word by word, the same way for both highlighters: which words of the shown
/// text match the query (a word whose stem the query asks for, a word starting with a prefix, the words of a phrase
/// where the whole phrase stands), which words are marked, and whether the passage starts and ends cleanly.
/// </summary>
internal sealed class SnippetJudge(HighlightTerms terms)
{
    private readonly WordStemmer _stemmer = new();

    public SnippetVerdict Judge(string shown, IReadOnlyList<(int Start, int End)> marks, bool startsStatement, bool endsStatement)
    {
        var tokens = TextTokenizer.Tokenize(shown);
        var expected = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var term = tokens[i].Term;
            expected[i] |= _stemmer.Stem(term) is { } stem && terms.TryGetStem(stem, out _);
            expected[i] |= terms.Prefixes.Any(p => term.StartsWith(p.Prefix, StringComparison.Ordinal));
            foreach (var (words, _) in terms.Phrases)
            {
                if (i + words.Length <= tokens.Count && Enumerable.Range(0, words.Length).All(j => tokens[i + j].Term == words[j]))
                {
                    for (var j = 0; j < words.Length; j++)
                    {
                        expected[i + j] = true;
                    }
                }
            }
        }

        int missed = 0, extra = 0, partial = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var marked = marks.Any(m => m.Start <= tokens[i].Start && m.End >= tokens[i].End);
            missed += expected[i] && !marked ? 1 : 0;
            extra += !expected[i] && marked ? 1 : 0;
        }

        foreach (var (start, end) in marks)
        {
            var whole = tokens.Any(t => t.Start == start) && tokens.Any(t => t.End == end);
            partial += whole ? 0 : 1;
        }

        var text = shown.Trim();
        var cleanStart = startsStatement || (text.Length > 0 && (char.IsUpper(text[0]) || char.IsDigit(text[0]) || text[0] is '"' or '“'));
        var cleanEnd = endsStatement || text.TrimEnd('"', '”', '’', '\'', ')').EndsWith('.') || text.EndsWith('?') || text.EndsWith('!');
        return new SnippetVerdict(text.Length, expected.Count(e => e), missed, extra, partial, cleanStart, cleanEnd);
    }
}
