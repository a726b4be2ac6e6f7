using StatementBot.Corpus.Attribution;
using StatementBot.Search.Storage;

namespace StatementBot.Search.Building;

/// <summary>For each speaker, the roles their statements give with counts and first and last dates (the directory shows them).</summary>
internal static class RoleDates
{
    public static Dictionary<string, IReadOnlyList<RoleSeen>> Of(IEnumerable<Statement> statements)
    {
        var tallies = new Dictionary<string, Dictionary<string, (int Count, DateOnly? First, DateOnly? Last)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var statement in statements)
        {
            if (string.IsNullOrWhiteSpace(statement.Role) || string.IsNullOrWhiteSpace(statement.Speaker))
            {
                continue;
            }
            if (!tallies.TryGetValue(statement.Speaker, out var roles))
            {
                tallies[statement.Speaker] = roles = new Dictionary<string, (int, DateOnly?, DateOnly?)>(StringComparer.OrdinalIgnoreCase);
            }
            var (count, first, last) = roles.GetValueOrDefault(statement.Role);
            var date = statement.Document.Date;
            roles[statement.Role] = (count + 1, Min(first, date), Max(last, date));
        }
        return tallies.ToDictionary(
            t => t.Key,
            t => (IReadOnlyList<RoleSeen>)t.Value.OrderByDescending(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
                .Select(r => new RoleSeen(r.Key, r.Value.Count, r.Value.First, r.Value.Last)).ToArray(),
            StringComparer.OrdinalIgnoreCase);
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
