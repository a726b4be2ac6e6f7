using System.Text.RegularExpressions;
using StatementBot.Commands.Routing;
using StatementBot.Commands.Verify;
using StatementBot.Corpus.Attribution;

namespace StatementBot.Benchmarks.Queries;

/// <summary>
/// The /verify workload, drawn from the corpus being measured (the same for the same statements and seed): quotes
/// cut from its statements, half of them word for word (15 words) and half misremembered (20 words with two swapped
/// for words of another statement and one left out). Nothing is stored: the quotes exist only while the benchmark
/// runs. The query file adds the invented ones, in clearly fictional words.
/// </summary>
public static partial class VerifyClaims
{
    public const int DefaultCount = 100;

    private const int MinWords = 40;

    public static IReadOnlyList<BenchQuery> From(IReadOnlyList<Statement> statements, int seed, int count = DefaultCount)
    {
        var eligible = statements.Where(s => !s.ByOrganisation && Word().Count(s.Text) >= MinWords).ToArray();
        if (eligible.Length < 2)
        {
            return [];
        }

        var random = new Random(seed);
        var claims = new List<BenchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var said = Word().Matches(eligible[random.Next(eligible.Length)].Text).Select(m => m.Value).ToArray();
            var start = random.Next(0, said.Length - 20);
            var claim = i % 2 == 0
                ? string.Join(' ', said.Skip(start).Take(15))
                : Misremember(said[start..(start + 20)], eligible[random.Next(eligible.Length)].Text);
            var request = new CommandRequest(VerifyCommand.Entry.Name, (VerifyCommand.TextOption, claim));
            claims.Add(new BenchQuery(0, $"/verify text:\"{claim}\" ({(i % 2 == 0 ? "word for word" : "misremembered")}, drawn from the corpus)", request));
        }

        return claims;
    }

    /// <summary>Words 4 and 13 swapped for words of <paramref name="donor"/> the quote does not use, word 9 left out.</summary>
    private static string Misremember(string[] quote, string donor)
    {
        var used = quote.Select(w => w.ToLowerInvariant()).ToHashSet();
        var replacements = new Queue<string>(Word().Matches(donor).Select(m => m.Value).Where(w => w.Length > 3 && w.All(char.IsLetter) && used.Add(w.ToLowerInvariant())));
        return string.Join(' ', quote.Select((w, i) => i is 4 or 13 && replacements.Count > 0 ? replacements.Dequeue() : w).Where((_, i) => i != 9));
    }

    [GeneratedRegex(@"\S+")]
    private static partial Regex Word();
}
