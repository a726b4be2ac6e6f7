using System.Text.Json;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Loading;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Gold;

/// <summary>
/// Reads ../shared/eval/seeds-gold.json into one check per line: each statement (speaker, kind, fragment), each
/// speaker's role, each document's title/date/source, each "not attributed to" and each "never in a statement".
/// </summary>
internal static class SeedsGold
{
    private static readonly Lazy<IReadOnlyDictionary<string, GoldCheck>> ChecksLazy = new(Load);

    public static IReadOnlyDictionary<string, GoldCheck> Checks => ChecksLazy.Value;

    /// <summary>How many lines the gold file has, counted straight from the JSON.</summary>
    public static int LineCount()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var count = 0;
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            count += new[] { "title_contains", "date", "source_contains" }.Count(p => document.TryGetProperty(p, out _));
            count += new[] { "statements", "not_attributed_to", "never_in_a_statement" }.Sum(p => document.GetProperty(p).GetArrayLength());
            count += document.GetProperty("speakers").EnumerateObject().Count();
        }
        return count;
    }

    private static string GoldPath => SharedData.SharedPath("eval", "seeds-gold.json");

    private static IReadOnlyDictionary<string, GoldCheck> Load()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(GoldPath));
        var checks = new List<GoldCheck>();
        foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = document.GetProperty("file").GetString()!;
            checks.AddRange(DocumentChecks(file, document));
            foreach (var statement in document.GetProperty("statements").EnumerateArray())
            {
                checks.Add(StatementCheck(file, statement.GetProperty("speaker").GetString()!, statement.GetProperty("kind").GetString()!, statement.GetProperty("fragment").GetString()!));
            }
            foreach (var speaker in document.GetProperty("speakers").EnumerateObject())
            {
                checks.Add(RoleCheck(file, speaker.Name, speaker.Value.GetProperty("role_contains").GetString()!));
            }
            foreach (var wrong in document.GetProperty("not_attributed_to").EnumerateArray())
            {
                checks.Add(NotAttributedCheck(file, wrong.GetProperty("speaker").GetString()!, wrong.GetProperty("fragment").GetString()!));
            }
            foreach (var furniture in document.GetProperty("never_in_a_statement").EnumerateArray())
            {
                checks.Add(NeverInStatementCheck(file, furniture.GetString()!));
            }
        }
        return checks.ToDictionary(c => c.Id);
    }

    private static IEnumerable<GoldCheck> DocumentChecks(string file, JsonElement document)
    {
        if (document.TryGetProperty("title_contains", out var title))
        {
            var expected = title.GetString()!;
            yield return new GoldCheck($"{file} title contains \"{expected}\"", file, d =>
                GoldText.Contains(d.Document.Info.Title, expected) ? null : $"title is \"{d.Document.Info.Title}\"");
        }
        if (document.TryGetProperty("date", out var date))
        {
            var expected = DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd");
            yield return new GoldCheck($"{file} date is {expected:yyyy-MM-dd}", file, d =>
                d.Document.Info.Date == expected ? null : $"date is {d.Document.Info.Date?.ToString("yyyy-MM-dd") ?? "missing"}");
        }
        if (document.TryGetProperty("source_contains", out var source))
        {
            var expected = source.GetString()!;
            yield return new GoldCheck($"{file} source contains \"{expected}\"", file, d =>
                d.Document.Info.Source is { } found && GoldText.Contains(found, expected) ? null : $"source is \"{d.Document.Info.Source ?? "missing"}\"");
        }
    }

    private static GoldCheck StatementCheck(string file, string speaker, string kind, string fragment)
    {
        var expectedKind = Enum.Parse<StatementKind>(kind, ignoreCase: true);
        return new GoldCheck($"{file} {speaker} ({kind}) said \"{fragment}\"", file, d =>
        {
            var bySpeaker = d.Statements.Where(s => SameSpeaker(s.Speaker, speaker)).ToList();
            if (bySpeaker.Any(s => s.Kind == expectedKind && GoldText.Contains(s.Text, fragment)))
            {
                return null;
            }
            var holders = d.Statements.Where(s => GoldText.Contains(s.Text, fragment)).Select(s => $"{s.Speaker} ({s.Kind})").ToList();
            return holders.Count == 0
                ? $"no statement contains the fragment; {speaker} has {bySpeaker.Count} statement(s)"
                : $"the fragment is attributed to {string.Join(", ", holders)}";
        });
    }

    private static GoldCheck RoleCheck(string file, string speaker, string roleContains) =>
        new($"{file} {speaker}'s role contains \"{roleContains}\"", file, d =>
        {
            var roles = d.Statements.Where(s => SameSpeaker(s.Speaker, speaker)).Select(s => s.Role).Distinct().ToList();
            return roles.Any(r => r is not null && GoldText.Contains(r, roleContains))
                ? null
                : roles.Count == 0 ? $"{speaker} has no statement" : $"roles found: {string.Join(" | ", roles.Select(r => r ?? "(none)"))}";
        });

    private static GoldCheck NotAttributedCheck(string file, string speaker, string fragment) =>
        new($"{file} \"{fragment}\" is not attributed to {speaker}", file, d =>
        {
            var wrong = d.Statements.Where(s => SameSpeaker(s.Speaker, speaker) && GoldText.Contains(s.Text, fragment)).ToList();
            return wrong.Count == 0 ? null : $"{speaker} was given: \"{wrong[0].Text}\"";
        });

    private static GoldCheck NeverInStatementCheck(string file, string furniture) =>
        new($"{file} no statement contains \"{furniture.Replace("\n", "\\n", StringComparison.Ordinal)}\"", file, d =>
        {
            var holder = d.Statements.FirstOrDefault(s => GoldText.Contains(s.Text, furniture));
            return holder is null ? null : $"{holder.Speaker}'s statement contains it: \"{holder.Text}\"";
        });

    private static bool SameSpeaker(string found, string expected) => GoldText.Fold(found) == GoldText.Fold(expected);
}
