using System.Text;
using Lucene.Net.Analysis.Core;
using StatementBot.Search.Querying;

namespace StatementBot.Benchmarks.Fts5;

/// <summary>
/// Writes a parsed /quote query as an FTS5 MATCH expression with the same meaning as StatementBot's: plain words in
/// the statement or its question (stop words dropped, as StatementBot drops them), phrases and prefixes in the
/// statement, AND / OR / NOT as typed. Every word is quoted, so nothing a user types is read as FTS5 syntax.
/// </summary>
public static class Fts5Expression
{
    private const string WordColumns = "{text question}";
    private const string TextColumn = "text";

    /// <summary>The MATCH expression, or null when nothing is left to search for (only stop words or exclusions).</summary>
    public static string? From(QueryNode node) => Write(node) is { Negative: false } part ? part.Text : null;

    private readonly record struct Part(string Text, bool Negative);

    private static Part? Write(QueryNode node) => node switch
    {
        QueryNode.Word word => Words(word.Text),
        QueryNode.Phrase phrase => Quoted(phrase.Text) is { } text ? new Part($"{TextColumn} : {text}", false) : null,
        QueryNode.Prefix prefix => Quoted(prefix.Text) is { } text ? new Part($"{TextColumn} : {text}*", false) : null,
        QueryNode.Not not => Write(not.Operand) is { } inner ? inner with { Negative = !inner.Negative } : null,
        QueryNode.All all => All(all.Operands),
        QueryNode.Any any => Any(any.Operands),
        _ => null,
    };

    private static Part? Words(string text)
    {
        var words = Tokens(text).Where(w => !StopAnalyzer.ENGLISH_STOP_WORDS_SET.Contains(w)).ToArray();
        return words.Length == 0 ? null : new Part($"{WordColumns} : \"{string.Join(' ', words)}\"", false);
    }

    private static string? Quoted(string text)
    {
        var words = Tokens(text);
        return words.Length == 0 ? null : $"\"{string.Join(' ', words)}\"";
    }

    private static Part? All(IReadOnlyList<QueryNode> operands)
    {
        var parts = operands.Select(Write).OfType<Part>().ToArray();
        var positive = parts.Where(p => !p.Negative).Select(p => p.Text).ToArray();
        var negative = parts.Where(p => p.Negative).Select(p => p.Text).ToArray();
        if (positive.Length == 0)
        {
            return negative.Length == 0 ? null : new Part(Group(negative, "OR"), true);
        }

        var required = Group(positive, "AND");
        return new Part(negative.Length == 0 ? required : $"({required}) NOT ({Group(negative, "OR")})", false);
    }

    private static Part? Any(IReadOnlyList<QueryNode> operands)
    {
        // FTS5 has no "everything except": an excluded alternative ("a OR -b") is left out rather than guessed.
        var parts = operands.Select(Write).OfType<Part>().Where(p => !p.Negative).Select(p => p.Text).ToArray();
        return parts.Length == 0 ? null : new Part(Group(parts, "OR"), false);
    }

    private static string Group(IReadOnlyList<string> parts, string op) =>
        parts.Count == 1 ? parts[0] : "(" + string.Join($" {op} ", parts.Select(p => "(" + p + ")")) + ")";

    /// <summary>Lower-case letters and digits; everything else separates words (FTS5's unicode61 tokenizer does the same).</summary>
    private static string[] Tokens(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.ToArray();
    }
}
