using StatementBot.Corpus.Attribution;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Every speaker in the corpus with aliases and roles. Attribution, autocomplete and the speaker filter all
/// resolve names through it: any case, honorifics or not ("MS. JEAN-PIERRE"), a full name or a part of one
/// ("Psaki"), with close spellings offered when nothing fits. Immutable once built; safe to share between threads.
/// </summary>
public sealed class SpeakerRegistry
{
    private const int MaxSuggestions = 5;

    private readonly SpeakerEntry[] _speakers;
    private readonly Dictionary<string, int[]> _byName;
    private readonly Dictionary<string, int[]> _byAlias;
    private readonly Dictionary<string, int[]> _byNamePart;
    private readonly Dictionary<string, (int Entry, OfficeTerm Term)[]> _byOffice;
    private readonly string[][] _tokens;
    private readonly CompletionIndex _completion;
    private readonly IReadOnlyDictionary<string, SpeakerEntry> _byStatement;

    private SpeakerRegistry(IEnumerable<SpeakerEntry> speakers, IReadOnlyDictionary<string, SpeakerEntry>? byStatement = null)
    {
        _byStatement = byStatement ?? new Dictionary<string, SpeakerEntry>();
        _speakers = speakers.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Name, StringComparer.Ordinal).ToArray();
        var byName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byAlias = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var byPart = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        _tokens = new string[_speakers.Length][];
        for (var i = 0; i < _speakers.Length; i++)
        {
            var entry = _speakers[i];
            Index(byName, NameKey.Loose(entry.Name), i);
            foreach (var alias in entry.Aliases)
            {
                Index(byAlias, NameKey.Loose(alias), i);
            }
            var tokens = new List<string>();
            foreach (var name in entry.Aliases.Prepend(entry.Name))
            {
                var words = SpeakerNames.Tokens(name);
                tokens.AddRange(words);
                var loose = NameKey.Loose(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var start = 0; start < loose.Length; start++)
                {
                    for (var end = start + 1; end <= loose.Length; end++)
                    {
                        Index(byPart, string.Join(' ', loose[start..end]), i);
                    }
                }
                for (var start = 0; start < words.Length; start++)
                {
                    for (var end = start + 1; end <= words.Length; end++)
                    {
                        Index(byPart, string.Join(' ', words[start..end]), i);
                    }
                    foreach (var piece in words[start].Split('-', StringSplitOptions.RemoveEmptyEntries))
                    {
                        Index(byPart, piece, i);
                    }
                }
            }
            _tokens[i] = tokens.Distinct().ToArray();
        }
        _byName = Freeze(byName);
        _byAlias = Freeze(byAlias);
        _byNamePart = Freeze(byPart);
        _byOffice = _speakers
            .SelectMany((entry, i) => entry.OfficeTerms.Select(term => (Entry: i, Term: term)))
            .GroupBy(t => OfficeNames.Key(t.Term.Office), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(t => t.Term.Last).ToArray(), StringComparer.Ordinal);
        _completion = new CompletionIndex(_speakers);
    }

    public IReadOnlyList<SpeakerEntry> Speakers => _speakers;

    /// <summary>
    /// Builds the registry from extracted statements: one entry per person, surname-only and transcript spellings
    /// ("Kirby", "MS. JEAN-PIERRE", "PRESIDENT BIDEN") merged into the full name they fit.
    /// </summary>
    public static SpeakerRegistry Build(IEnumerable<Statement> statements)
    {
        var all = statements as IReadOnlyList<Statement> ?? statements.ToList();
        return Build([all], [WrittenNames.Of(all)]);
    }

    /// <summary>
    /// Builds the registry as <see cref="Build(IEnumerable{Statement})"/> does from the same statements, taking the
    /// names their text writes from <paramref name="written"/> (one per document, kept when it was extracted) instead
    /// of reading the text again.
    /// </summary>
    public static SpeakerRegistry Build(IReadOnlyList<IReadOnlyList<Statement>> documents, IReadOnlyList<WrittenNames> written)
    {
        // An organisation's statements are kept, but an organisation is never a person of the directory.
        var (entries, byStatement) = SpeakerGrouping.Entries(documents, written);
        return new SpeakerRegistry(entries, byStatement);
    }

    /// <summary>Recreates a registry saved with an index; it resolves exactly as the registry that was saved.</summary>
    public static SpeakerRegistry FromEntries(IEnumerable<SpeakerEntry> entries) => new(entries);

    /// <summary>
    /// Rewrites a statement's speaker to the canonical full name, and its role to the entry's spelling of it (the
    /// entry's main role when the statement gives none). A statement the registry was built from goes to the entry its
    /// name and role were grouped into ("Biden" the President to Joe Biden, "Biden" the First Lady to Jill Biden);
    /// any other goes by name, and by role when the name fits several people. A name that is unknown or that still
    /// fits several people is left as is.
    /// </summary>
    public Statement Canonicalize(Statement statement)
    {
        if (statement.ByOrganisation)
        {
            return statement;
        }
        var display = SpeakerNames.Display(statement.Speaker);
        if (!_byStatement.TryGetValue(SpeakerGrouping.StatementKey(statement), out var entry))
        {
            var key = NameKey.Loose(display);
            var matches = Union(Lookup(_byName, key), Lookup(_byAlias, key));
            if (matches.Count > 1 && RoleList.Clean(statement.Role) is { } given)
            {
                var givenRole = new RoleList();
                givenRole.Add(given);
                matches = matches.Where(m => RoleListOf(_speakers[m]).NamesSameOfficeAs(givenRole)).ToList();
            }
            if (matches.Count != 1)
            {
                return statement;
            }
            entry = _speakers[matches[0]];
        }
        var role = RoleList.Clean(statement.Role);
        var canonicalRole = role is null
            ? entry.Roles.FirstOrDefault()
            : entry.Roles.FirstOrDefault(r => NameKey.Fold(r) == NameKey.Fold(role)) ?? role;
        return statement with { Speaker = entry.Name, Role = canonicalRole };
    }

    /// <summary>What a typed name refers to: one person, several (for the user to pick), or nobody, with close names.</summary>
    public SpeakerResolution Resolve(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new SpeakerResolution.NotFound([]);
        }
        var display = SpeakerNames.Display(name);
        var key = NameKey.Loose(display);
        var byName = Lookup(_byName, key);
        if (byName.Length == 1 && (key.Contains(' ') || Lookup(_byNamePart, key).Length == 1))
        {
            return new SpeakerResolution.Found(_speakers[byName[0]]);
        }
        if (byName.Length == 0 && Lookup(_byAlias, key).Length == 0 && _byOffice.TryGetValue(OfficeNames.Key(display), out var holders))
        {
            // "the president": whoever the corpus shows in the office, latest term first.
            var people = holders.Select(h => h.Entry).Distinct().Select(i => _speakers[i]).ToArray();
            return people.Length == 1 ? new SpeakerResolution.Found(people[0]) : new SpeakerResolution.Ambiguous(people, holders[0].Term.Office);
        }
        var matches = Union(byName, Lookup(_byAlias, key), Lookup(_byNamePart, key));
        if (matches.Count == 0 && SpeakerNames.SplitOffice(display) is { Office.Length: > 0, Core.Length: > 0 } withOffice)
        {
            // "Secretary Psaki": the office is not part of the name.
            matches = Union(Lookup(_byName, NameKey.Loose(withOffice.Core)), Lookup(_byNamePart, NameKey.Loose(withOffice.Core)));
        }
        return matches.Count switch
        {
            1 => new SpeakerResolution.Found(_speakers[matches[0]]),
            > 1 => new SpeakerResolution.Ambiguous(matches.Select(i => _speakers[i]).ToArray()),
            _ => new SpeakerResolution.NotFound(Suggest(NameKey.Fold(display))),
        };
    }

    /// <summary>
    /// Up to <paramref name="max"/> speakers for what was typed: names starting with it, then names with a word
    /// starting with it, then names containing it; none for blank input. Answers from precomputed keys.
    /// </summary>
    public IReadOnlyList<SpeakerEntry> Complete(string typed, int max = 25)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return [];
        }
        return _completion.Complete(typed, max).Select(i => _speakers[i]).ToArray();
    }

    /// <summary>
    /// Close spellings, closest first: the whole name a few edits away, or every typed word a small edit away from a
    /// word of the name ("Psakki" for Psaki). Only when nothing is close, names that share a whole typed word.
    /// </summary>
    private IReadOnlyList<string> Suggest(string key)
    {
        var typedTokens = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var limit = Math.Clamp(key.Length / 4, 1, 3);
        var close = new List<(int Distance, int Index)>();
        var sharing = new List<(int Shared, int Index)>();
        for (var i = 0; i < _speakers.Length; i++)
        {
            var best = limit + 1;
            foreach (var name in _speakers[i].Aliases.Prepend(_speakers[i].Name))
            {
                best = Math.Min(best, EditDistance.Between(key, NameKey.Fold(name), limit));
            }
            best = Math.Min(best, WordByWord(typedTokens, _tokens[i]));
            if (best <= limit)
            {
                close.Add((best, i));
            }
            else if (typedTokens.Count(t => _tokens[i].Contains(t)) is > 0 and var shared)
            {
                sharing.Add((shared, i));
            }
        }
        var chosen = close.Count > 0
            ? close.OrderBy(s => s.Distance).ThenBy(s => s.Index).Select(s => s.Index)
            : sharing.OrderByDescending(s => s.Shared).ThenBy(s => s.Index).Select(s => s.Index);
        return chosen.Take(MaxSuggestions).Select(i => _speakers[i].Name).ToArray();
    }

    /// <summary>The summed distance of each typed word to its closest word of the name; past the limit when one has none close.</summary>
    private static int WordByWord(string[] typedTokens, string[] nameTokens)
    {
        var total = 0;
        foreach (var typed in typedTokens)
        {
            var allowed = typed.Length < 3 ? 0 : Math.Clamp(typed.Length / 4, 1, 2);
            var best = allowed + 1;
            foreach (var token in nameTokens)
            {
                best = Math.Min(best, EditDistance.Between(typed, token, allowed));
            }
            if (best > allowed)
            {
                return int.MaxValue / 2;
            }
            total += best;
        }
        return total;
    }

    private static RoleList RoleListOf(SpeakerEntry entry)
    {
        var roles = new RoleList();
        foreach (var role in entry.Roles)
        {
            roles.Add(role);
        }
        return roles;
    }

    private static void Index(Dictionary<string, List<int>> index, string key, int entry)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (list.Count == 0 || list[^1] != entry)
        {
            list.Add(entry);
        }
    }

    private static Dictionary<string, int[]> Freeze(Dictionary<string, List<int>> index) =>
        index.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);

    private static int[] Lookup(Dictionary<string, int[]> index, string key) => index.TryGetValue(key, out var found) ? found : [];

    private static List<int> Union(params int[][] lists) => lists.SelectMany(l => l).Distinct().Order().ToList();
}
