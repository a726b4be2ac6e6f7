using System.Buffers;
using System.Text;
using Lucene.Net.Index;
using StatementBot.Search.Analysis;
using StatementBot.Search.Results;

namespace StatementBot.Search.Highlighting;

// Measured against Lucene's PostingsHighlighter (Lucene.Net.ICU 4.8.0-beta00017) on the benchmark's /quote queries
// over the whole shared corpus (`statementbot bench --highlighters`, docs/PERFORMANCE.md): this builder shows a third
// more of the matching words, marks no word that does not match (PostingsHighlighter marks a phrase's words wherever
// they stand, and splits "Roe v. Wade" at "v."), never exceeds its length, is 1.8x faster per hit at the median and needs no
// offsets in the postings (+35 % on the word fields) nor ICU culture data (the program runs with invariant
// globalization). PostingsHighlighter's passages always start and end at a sentence; ours do in about 60 % of hits.

/// <summary>
/// Cuts the excerpt of a statement that shows the most different query words (a window of about
/// <see cref="Window"/> characters, starting at a sentence when one begins shortly before the first match), at word
/// boundaries with "…" where it cuts, and marks every matched word. Short statements are shown whole.
/// Whitespace runs become single spaces. Not thread-safe (holds a stemmer): one per request.
/// </summary>
/// <param name="reader">The index the texts are statements of, to keep their tokens (<see cref="StatementTokens"/>); null to keep none.</param>
internal sealed class SnippetBuilder(HighlightTerms terms, IndexReader? reader = null)
{
    public const int WholeTextLimit = 350;
    public const int Window = 300;

    private const int SentenceLead = 120;
    private const int WordLead = 40;
    private const char Ellipsis = '…';

    private readonly WordStemmer _stemmer = new();

    /// <param name="doc">The statement <paramref name="text"/> is the stored text of, in the builder's index; -1 for none.</param>
    public Snippet Build(string text, int doc = -1)
    {
        var tokens = StatementTokens.Of(text, reader, doc);
        // One key a word of the whole statement, for every hit shown: pooled, as a long answer has thousands of words.
        var keys = ArrayPool<int>.Shared.Rent(Math.Max(1, tokens.Length));
        try
        {
            Match(text, tokens, keys);
            return Build(text, tokens, keys);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(keys);
        }
    }

    private Snippet Build(string text, TextToken[] tokens, int[] keys)
    {
        if (text.Length <= WholeTextLimit || tokens.Length == 0)
        {
            return Render(text, 0, Math.Min(text.Length, tokens.Length == 0 ? Window : text.Length), tokens, keys);
        }

        var first = BestFirstMatch(tokens, keys);
        var start = StartToken(text, tokens, first);
        var end = EndToken(tokens, start);
        if (end == tokens.Length - 1)
        {
            // The window reaches the end: spend what is left of it on text before the match.
            var earliest = start;
            while (earliest > 0 && text.Length - tokens[earliest - 1].Start <= Window)
            {
                earliest--;
            }

            if (earliest < start)
            {
                start = FirstSentenceStart(text, tokens, earliest, start) is >= 0 and var sentence ? sentence : earliest;
            }
        }

        var from = start == 0 ? 0 : tokens[start].Start;
        var to = end < start
            ? Math.Min(text.Length, tokens[start].Start + Window)
            : end == tokens.Length - 1 ? text.Length : ExtendOverPunctuation(text, tokens[end].End);
        return Render(text, from, to, tokens, keys);
    }

    /// <summary>For each token, the key of the query part it matches, or -1 (into the first tokens.Length of <paramref name="keys"/>).</summary>
    private void Match(string text, TextToken[] tokens, int[] keys)
    {
        Array.Fill(keys, -1, 0, tokens.Length);
        if (terms.IsEmpty)
        {
            return;
        }

        var acronyms = terms.HasAcronyms ? Acronyms(text, tokens) : null;
        var prefixes = terms.Prefixes;
        var phrases = terms.Phrases;
        for (var i = 0; i < tokens.Length; i++)
        {
            var term = tokens[i].Term;
            if (StemKey(term) is >= 0 and var key)
            {
                keys[i] = key;
            }

            if (acronyms?[i] is { } acronym && terms.TryGetAcronym(acronym, out var acronymKey))
            {
                keys[i] = acronymKey;
            }

            // Indexed loops: a foreach over the interface would allocate an enumerator for every word of every hit.
            for (var p = 0; p < prefixes.Count; p++)
            {
                if (term.StartsWith(prefixes[p].Prefix, StringComparison.Ordinal))
                {
                    keys[i] = prefixes[p].Key;
                }
            }

            for (var p = 0; p < phrases.Count; p++)
            {
                var (words, phraseKey) = phrases[p];
                if (PhraseAt(tokens, i, words, terms.PhraseAcronyms(phraseKey), acronyms))
                {
                    for (var j = 0; j < words.Length; j++)
                    {
                        keys[i + j] = phraseKey;
                    }
                }
            }
        }
    }

    /// <summary>The key of the query word whose stem <paramref name="term"/> has, or -1.</summary>
    private int StemKey(string term) =>
        terms.MayHaveStem(term) && _stemmer.Stem(term) is { } stem && terms.TryGetStem(stem, out var key) ? key : -1;

    /// <summary>Whether the phrase's words start at token <paramref name="at"/>, each written as its acronym where it must be.</summary>
    private static bool PhraseAt(TextToken[] tokens, int at, string[] words, string?[]? written, string?[]? acronyms)
    {
        if (at + words.Length > tokens.Length)
        {
            return false;
        }

        for (var j = 0; j < words.Length; j++)
        {
            if (tokens[at + j].Term != words[j] || (written?[j] is { } acronym && acronyms?[at + j] != acronym))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The acronym each token is as written in <paramref name="text"/> ("U.S." is US, "us" is none).</summary>
    private static string?[] Acronyms(string text, TextToken[] tokens)
    {
        var forms = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            forms[i] = Analysis.Acronyms.Form(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start), out _);
        }
        return forms;
    }

    /// <summary>The matched token that starts the best window: most different parts, then most matches, then earliest.</summary>
    private static int BestFirstMatch(TextToken[] tokens, int[] keys)
    {
        var best = -1;
        (int Distinct, int Total) bestScore = (-1, -1);
        var seen = new HashSet<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            if (keys[i] < 0)
            {
                continue;
            }

            seen.Clear();
            var total = 0;
            var limit = tokens[i].Start + Window - WordLead;
            for (var j = i; j < tokens.Length && tokens[j].End <= limit; j++)
            {
                if (keys[j] >= 0)
                {
                    seen.Add(keys[j]);
                    total++;
                }
            }

            if (seen.Count > bestScore.Distinct || (seen.Count == bestScore.Distinct && total > bestScore.Total))
            {
                best = i;
                bestScore = (seen.Count, total);
            }
        }
        return best < 0 ? 0 : best;
    }

    /// <summary>Where the window starts: the nearest sentence start shortly before the match, else a few words before it.</summary>
    private static int StartToken(string text, TextToken[] tokens, int match)
    {
        for (var i = match; i >= 0 && tokens[match].Start - tokens[i].Start <= SentenceLead; i--)
        {
            if (StartsSentence(text, tokens, i))
            {
                return i;
            }
        }

        var start = match;
        while (start > 0 && tokens[match].Start - tokens[start - 1].Start <= WordLead)
        {
            start--;
        }
        return start;
    }

    private static int EndToken(TextToken[] tokens, int start)
    {
        var end = start - 1;
        while (end + 1 < tokens.Length && tokens[end + 1].End - tokens[start].Start <= Window)
        {
            end++;
        }
        return end;
    }

    /// <summary>The first token from <paramref name="from"/> up to (not including) <paramref name="to"/> that starts a sentence, or -1.</summary>
    private static int FirstSentenceStart(string text, TextToken[] tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (StartsSentence(text, tokens, i))
            {
                return i;
            }
        }
        return -1;
    }

    private static bool StartsSentence(string text, TextToken[] tokens, int index)
    {
        if (index == 0)
        {
            return true;
        }

        // "U.S. in the" is not a sentence break: the next word must start with a capital (or a digit).
        var gap = text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End);
        var next = text[tokens[index].Start];
        return gap.IndexOfAny(".!?") >= 0 && gap.ContainsAny(" \n\t\u00A0") && (char.IsUpper(next) || char.IsDigit(next));
    }

    /// <summary>Keeps the punctuation stuck to the last word ("militaries." or "Impossible!\"").</summary>
    private static int ExtendOverPunctuation(string text, int end)
    {
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && !char.IsLetterOrDigit(text[end]))
        {
            end++;
        }
        return end;
    }

    private static Snippet Render(string text, int from, int to, TextToken[] tokens, int[] keys)
    {
        var output = new StringBuilder(to - from + 2);
        var map = ArrayPool<int>.Shared.Rent(to - from + 1);
        try
        {
            return Render(text, from, to, tokens, keys, output, map);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(map);
        }
    }

    private static Snippet Render(string text, int from, int to, TextToken[] tokens, int[] keys, StringBuilder output, int[] map)
    {
        if (from > 0)
        {
            output.Append(Ellipsis);
        }

        var wroteText = false;
        var pendingSpace = false;
        for (var i = from; i < to; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pendingSpace = wroteText;
                map[i - from] = output.Length;
                continue;
            }

            wroteText = true;

            if (pendingSpace)
            {
                output.Append(' ');
                pendingSpace = false;
            }
            map[i - from] = output.Length;
            output.Append(text[i]);
        }
        map[to - from] = output.Length;
        if (to < text.Length)
        {
            output.Append(Ellipsis);
        }

        var spans = new List<TextSpan>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (keys[i] >= 0 && token.Start >= from && token.End <= to)
            {
                var start = map[token.Start - from];
                spans.Add(new TextSpan(start, map[token.End - from] - start));
            }
        }
        return new Snippet(output.ToString(), spans);
    }
}
