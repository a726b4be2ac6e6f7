using StatementBot.Search.Analysis;
using StatementBot.Search.Results;

namespace StatementBot.Search.Verifying;

/// <summary>
/// The words of a claimed quote, as the index's exact field has them (lowercased, accents and spellings folded), with
/// where each stands in the text. When the text quotes something ("He said “…” yesterday"), the longest quoted
/// passage is the claim: a message that quotes someone is checked for the quote, not for the words around it.
/// </summary>
internal sealed class ClaimText
{
    public const int MinWords = 3;
    public const int MaxWords = 80;

    /// <summary>Opening and closing marks of a quoted passage, pair by pair.</summary>
    private static readonly (char Open, char Close)[] QuoteMarks = [('“', '”'), ('"', '"'), ('«', '»'), ('„', '“')];

    private ClaimText(string text, List<TextToken> words)
    {
        Text = text;
        Tokens = words;
        Words = words.Select(w => w.Term).ToArray();
    }

    /// <summary>The text checked: the quoted passage, or all of it.</summary>
    public string Text { get; }

    /// <summary>The claim's words in order, folded as the index folds them.</summary>
    public string[] Words { get; }

    /// <summary>Each word with its place in <see cref="Text"/> (to show the claim's own spelling).</summary>
    public IReadOnlyList<TextToken> Tokens { get; }

    public static SearchResult<ClaimText> Read(string? text)
    {
        var whole = (text ?? "").Trim();
        var checkedText = Quoted(whole) ?? whole;
        var words = TextTokenizer.Tokenize(checkedText);
        if (words.Count < MinWords)
        {
            return new QueryError($"Give at least {MinWords} words of the quote to check" + (words.Count == 0 ? "." : $" (\"{whole}\" has {words.Count})."));
        }

        if (words.Count > MaxWords)
        {
            return new QueryError($"That is {words.Count} words; a quote of up to {MaxWords} is checked. Paste the sentence or two you want checked.");
        }

        return new ClaimText(checkedText, words);
    }

    /// <summary>The longest passage between a pair of quotation marks that has enough words to check, or null.</summary>
    private static string? Quoted(string text)
    {
        string? best = null;
        foreach (var (open, close) in QuoteMarks)
        {
            var at = 0;
            while (at < text.Length && text.IndexOf(open, at) is var start and >= 0 && text.IndexOf(close, start + 1) is var end and > 0)
            {
                var passage = text[(start + 1)..end].Trim();
                if (passage.Length > (best?.Length ?? 0) && TextTokenizer.Tokenize(passage).Count >= MinWords)
                {
                    best = passage;
                }

                at = end + 1;
            }
        }

        return best;
    }
}
