using System.Security.Cryptography;
using System.Text;
using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Loading;

/// <summary>
/// A hash of what a document's statements say, in order, with every run of whitespace counted as one space: two
/// copies of a briefing that differ only in title, front matter, date line or spacing get the same fingerprint.
/// Speakers are left out on purpose (a title can change who a turn is attributed to); the words are the document.
/// </summary>
public static class StatementsFingerprint
{
    /// <summary>
    /// Two short documents may share their few statements without being one (two election reports quoting the same
    /// line, two interviews whose answers are lost): below this many statements and <see cref="MinimumCharacters"/>,
    /// the speakers and the title (case aside) count too.
    /// </summary>
    public const int MinimumStatements = 5;

    public const int MinimumCharacters = 2_000;

    /// <summary>The fingerprint, or null for a document with no statements (nothing to show twice).</summary>
    public static string? Of(IReadOnlyList<Statement> statements)
    {
        if (statements.Count == 0)
        {
            return null;
        }

        // A short document is a copy only when the same people say the same words.
        var withSpeakers = statements.Count < MinimumStatements && statements.Sum(s => s.Text.Length) < MinimumCharacters;

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var text = new StringBuilder();
        foreach (var statement in statements)
        {
            text.Clear();
            if (withSpeakers)
            {
                // … and under the same title: two election reports can share a closing paragraph word for word.
                AppendCollapsed(text, statement.Document.Title.ToUpperInvariant());
                text.Append('\t').Append(statement.Speaker).Append('\t');
            }
            AppendCollapsed(text, statement.Text);
            // A separator no collapsed text contains, so the statements' boundaries count too.
            text.Append('\n');
            hash.AppendData(Encoding.UTF8.GetBytes(text.ToString()));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AppendCollapsed(StringBuilder text, string value)
    {
        var space = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c))
            {
                space = text.Length > 0;
                continue;
            }

            if (space)
            {
                text.Append(' ');
                space = false;
            }

            text.Append(c);
        }
    }
}
