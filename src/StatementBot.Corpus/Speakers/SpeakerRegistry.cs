using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Every speaker in the corpus with aliases and roles. Attribution, autocomplete and the speaker filter all
/// resolve names through it.
/// </summary>
public sealed class SpeakerRegistry
{
    private readonly SpeakerEntry[] _speakers;

    private SpeakerRegistry(IEnumerable<SpeakerEntry> speakers)
    {
        _speakers = speakers.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public IReadOnlyList<SpeakerEntry> Speakers => _speakers;

    /// <summary>Builds the registry from extracted statements.</summary>
    public static SpeakerRegistry Build(IEnumerable<Statement> statements) =>
        new(statements
            .GroupBy(s => s.Speaker, StringComparer.OrdinalIgnoreCase)
            .Select(g => new SpeakerEntry(
                g.Key,
                [],
                g.Select(s => s.Role).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray())));

    /// <summary>Recreates a registry saved with an index.</summary>
    public static SpeakerRegistry FromEntries(IEnumerable<SpeakerEntry> entries) => new(entries);

    /// <summary>Rewrites a statement's speaker to the canonical full name where the corpus knows it.</summary>
    public Statement Canonicalize(Statement statement) =>
        Resolve(statement.Speaker) is SpeakerResolution.Found found ? statement with { Speaker = found.Speaker.Name } : statement;

    public SpeakerResolution Resolve(string name)
    {
        var wanted = name.Trim();
        var exact = _speakers.Where(s => Names(s).Any(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase))).ToArray();
        if (exact.Length == 1)
        {
            return new SpeakerResolution.Found(exact[0]);
        }

        var partial = exact.Length > 1
            ? exact
            : _speakers.Where(s => Names(s).Any(n => n.Split(' ').Contains(wanted, StringComparer.OrdinalIgnoreCase))).ToArray();
        return partial.Length switch
        {
            1 => new SpeakerResolution.Found(partial[0]),
            > 1 => new SpeakerResolution.Ambiguous(partial),
            _ => new SpeakerResolution.NotFound(Complete(wanted[..Math.Min(3, wanted.Length)], 5).Select(s => s.Name).ToArray()),
        };
    }

    /// <summary>Up to <paramref name="max"/> speakers whose name or alias matches what was typed; none for blank input.</summary>
    public IReadOnlyList<SpeakerEntry> Complete(string typed, int max = 25)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }

        var wanted = typed.Trim();
        return _speakers
            .Where(s => Names(s).Any(n => n.Contains(wanted, StringComparison.OrdinalIgnoreCase)))
            .Take(max)
            .ToArray();
    }

    private static IEnumerable<string> Names(SpeakerEntry speaker) => speaker.Aliases.Prepend(speaker.Name);
}
