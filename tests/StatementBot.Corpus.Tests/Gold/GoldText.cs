using System.Text;

namespace StatementBot.Corpus.Tests.Gold;

/// <summary>
/// The gold file's way of comparing text: case-insensitive, whitespace folded, typographic quotes, apostrophes
/// and dashes read as plain ones.
/// </summary>
internal static class GoldText
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '“' or '”' or '„' or '‟' or '«' or '»' => '"',
                '‘' or '’' or '‛' => '\'',
                '–' or '—' or '‐' or '‑' or '―' => '-',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
            {
                builder.Append(' ');
                space = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static bool Contains(string text, string fragment) => Fold(text).Contains(Fold(fragment), StringComparison.Ordinal);
}
