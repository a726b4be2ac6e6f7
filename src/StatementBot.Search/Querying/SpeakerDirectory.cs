using StatementBot.Corpus.Speakers;
using StatementBot.Search.Opening;
using StatementBot.Search.Results;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Querying;

/// <summary>
/// /speakers: who is in the index, from the speaker rows saved with it (no search runs). Everyone with a statement,
/// most statements first; a filter keeps those whose name, an alias or a role contains it, in any case and with or
/// without accents ("spokesperson", "jean pierre"). Thread-safe.
/// </summary>
public sealed class SpeakerDirectory(StatementIndex index)
{
    public const int MaxPageSize = 25;

    public SearchResult<SpeakerDirectoryPage> List(string? filter, int page = 1, int pageSize = 10)
    {
        var size = Math.Clamp(pageSize, 1, MaxPageSize);
        var number = Math.Max(1, page);
        var wanted = string.IsNullOrWhiteSpace(filter) ? null : filter.Trim();
        var folded = wanted is null ? null : NameKey.Loose(wanted);
        if (folded is { Length: 0 })
        {
            return new QueryError("Type some letters of a name, alias or role to filter by, or nothing to list everyone.");
        }

        using var lease = index.Acquire();
        var matching = lease.Generation.Records
            .Where(r => r.Stats.Statements > 0 && (folded is null || Matches(r, folded)))
            .OrderByDescending(r => r.Stats.Statements)
            .ThenBy(r => r.Speaker.Name, StringComparer.OrdinalIgnoreCase)
            .ToArray();
        var rows = matching.Skip((number - 1) * size).Take(size)
            .Select(r => new SpeakerListing(r.Speaker, r.Stats.Statements, r.Stats.Documents, r.Stats.First, r.Stats.Last))
            .ToArray();
        return new SpeakerDirectoryPage(wanted, matching.Length, number, size, rows);
    }

    private static bool Matches(SpeakerRecord record, string folded) =>
        record.Speaker.Aliases.Prepend(record.Speaker.Name)
            .Concat(record.Speaker.Roles)
            .Any(text => NameKey.Loose(text).Contains(folded, StringComparison.Ordinal));
}
