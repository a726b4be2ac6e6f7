using System.Text;

namespace StatementBot.Benchmarks.Synthetic;

/// <summary>
/// A word-level Markov chain (each word drawn after the one before it, as often as it follows it in the training
/// text): prose with the word frequencies, phrase pairs and sentence lengths of the corpus it learned from, but
/// sentences nobody said. Deterministic for a given training text and random source.
/// </summary>
public sealed class MarkovText
{
    private readonly List<string> _words = [];
    private readonly List<List<int>> _next = [];
    private readonly List<int> _starts = [];

    /// <param name="texts">Training prose; words are split on whitespace and keep their punctuation.</param>
    public MarkovText(IEnumerable<string> texts)
    {
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            var previous = -1;
            foreach (var word in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                if (!ids.TryGetValue(word, out var id))
                {
                    id = _words.Count;
                    ids[word] = id;
                    _words.Add(word);
                    _next.Add([]);
                }

                if (previous < 0 || EndsSentence(_words[previous]))
                {
                    _starts.Add(id);
                }

                if (previous >= 0)
                {
                    _next[previous].Add(id);
                }

                previous = id;
            }
        }
    }

    public bool IsEmpty => _starts.Count == 0;

    public int Vocabulary => _words.Count;

    /// <summary>About <paramref name="words"/> words, starting at a sentence start and ending at a sentence end when
    /// one comes within a few words of the length.</summary>
    public string Generate(int words, Random random)
    {
        if (IsEmpty)
        {
            return string.Empty;
        }

        var text = new StringBuilder(words * 7);
        var current = _starts[random.Next(_starts.Count)];
        for (var i = 0; ; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(_words[current]);
            var ended = EndsSentence(_words[current]);
            if (i + 1 >= words && (ended || i + 1 >= words + 12))
            {
                break;
            }

            var next = _next[current];
            current = ended || next.Count == 0 ? _starts[random.Next(_starts.Count)] : next[random.Next(next.Count)];
        }

        return text.ToString();
    }

    private static bool EndsSentence(string word)
    {
        var last = word[^1];
        if (last is '"' or '\u201D' or ')' && word.Length > 1)
        {
            last = word[^2];
        }

        return last is '.' or '?' or '!';
    }
}
