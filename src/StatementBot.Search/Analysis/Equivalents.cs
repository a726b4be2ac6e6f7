using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using StatementBot.Search.Analysis.Data;
using StatementBot.Search.Schema;

namespace StatementBot.Search.Analysis;

/// <summary>
/// The corpora's names for the same thing (Data/equivalents.txt: DPRK, North Korea, …), found in a query's words by
/// Lucene's <see cref="SynonymFilter"/> over a <see cref="SynonymMap"/> built once: each member maps to its group,
/// longest match first, several words on either side. Applied at query time only; the index is not changed.
/// </summary>
internal static class Equivalents
{
    private const string GroupPrefix = "group";

    private static readonly (SynonymMap Map, IReadOnlyList<IReadOnlyList<Equivalent>> Groups) Table = Load();

    private static readonly Analyzer Matcher = Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new WhitespaceTokenizer(IndexSchema.LuceneVersion, reader);
        return new TokenStreamComponents(tokenizer, new SynonymFilter(tokenizer, Table.Map, ignoreCase: false));
    });

    /// <summary>
    /// The groups named in a sequence of keys (an acronym in capitals, else an exact token), left to right, not
    /// overlapping.
    /// </summary>
    public static IReadOnlyList<EquivalentMatch> Find(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return [];
        }

        var matches = new List<EquivalentMatch>();
        // Through an analyzer, so each thread reuses its tokenizer and filter (and their buffers) query after query.
        using var stream = Matcher.GetTokenStream("keys", string.Join(' ', keys));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var length = stream.AddAttribute<IPositionLengthAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (type.Type == SynonymFilter.TYPE_SYNONYM && term.ToString() is var name && name.StartsWith(GroupPrefix, StringComparison.Ordinal))
            {
                matches.Add(new EquivalentMatch(position, length.PositionLength, Table.Groups[int.Parse(name[GroupPrefix.Length..])]));
            }
        }
        stream.End();
        return matches;
    }

    private static (SynonymMap, IReadOnlyList<IReadOnlyList<Equivalent>>) Load()
    {
        var groups = new List<IReadOnlyList<Equivalent>>();
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var line in DataFile.Lines("equivalents.txt"))
        {
            var members = line.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray();
            if (members.Length < 2)
            {
                throw new InvalidOperationException($"equivalents.txt: \"{line}\" names fewer than two things.");
            }

            var output = new CharsRef(GroupPrefix + groups.Count);
            foreach (var member in members)
            {
                builder.Add(SynonymMap.Builder.Join(member.Keys.ToArray(), new CharsRef()), output, includeOrig: true);
            }
            groups.Add(members);
        }
        return (builder.Build(), groups);
    }

    private static Equivalent Parse(string written)
    {
        var tokens = TextTokenizer.Tokenize(written);
        return new Equivalent(
            written,
            tokens.Select(t => t.Term).ToArray(),
            tokens.Select(t => Acronyms.Typed(written.AsSpan(t.Start, t.End - t.Start))).ToArray());
    }
}
