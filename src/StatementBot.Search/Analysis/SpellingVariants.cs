using System.Collections.Frozen;
using StatementBot.Search.Analysis.Data;

namespace StatementBot.Search.Analysis;

/// <summary>
/// The spelling-variant table (Data/spelling-variants.txt): British and American spellings, transliterations and
/// forms of one name, each mapped to one canonical exact token. Loaded once, frozen.
/// </summary>
internal static class SpellingVariants
{
    private static readonly (FrozenDictionary<string, string> Words, FrozenDictionary<(string, string), string> Pairs, FrozenSet<string> PairStarts) Table = Load();

    /// <summary>
    /// The canonical form of one exact token (its possessive kept), or the token itself. A hyphenated word as written
    /// ("covid-19") is looked up as the pair of tokens it is made of.
    /// </summary>
    public static string Canonical(string token)
    {
        if (Table.Words.TryGetValue(token, out var canonical))
        {
            return canonical;
        }

        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        if (hyphen > 0 && TryPair(token[..hyphen], token[(hyphen + 1)..], out var joined))
        {
            return joined;
        }

        return token.EndsWith("'s", StringComparison.Ordinal) && Table.Words.TryGetValue(token[..^2], out var owner)
            ? owner + "'s"
            : token;
    }

    /// <summary>Whether a token can start a hyphenated variant ("covid" of "covid-19", which is two tokens).</summary>
    public static bool StartsPair(string token) => Table.PairStarts.Contains(token);

    /// <summary>The canonical form of two adjacent tokens written with a hyphen ("covid" "19"), if listed.</summary>
    public static bool TryPair(string first, string second, out string canonical) =>
        Table.Pairs.TryGetValue((first, second), out canonical!);

    private static (FrozenDictionary<string, string>, FrozenDictionary<(string, string), string>, FrozenSet<string>) Load()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), string>();
        foreach (var line in DataFile.Lines("spelling-variants.txt"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2)
            {
                throw new InvalidOperationException($"spelling-variants.txt: \"{line}\" is not \"variant canonical\".");
            }

            var hyphen = parts[0].IndexOf('-', StringComparison.Ordinal);
            if (hyphen > 0)
            {
                pairs[(parts[0][..hyphen], parts[0][(hyphen + 1)..])] = parts[1];
            }
            else
            {
                words[parts[0]] = parts[1];
            }
        }
        return (words.ToFrozenDictionary(StringComparer.Ordinal), pairs.ToFrozenDictionary(), pairs.Keys.Select(k => k.Item1).ToFrozenSet(StringComparer.Ordinal));
    }
}
