using StatementBot.Corpus.Attribution.Transcripts;

namespace StatementBot.Corpus.Speakers;

/// <summary>
/// Gives a speaker known only by a surname ("Xi", the President; "Austin", the Secretary) the full name the corpus
/// writes anywhere with the same office ("President Xi Jinping", "Secretary of Defense Lloyd Austin"): in any
/// document title, statement or question. A surname without a role takes a full name only when the sources it speaks
/// in write no other full name with it: the office is what ties two mentions to one person, and without one a full
/// name from another source is another person ("Ms. Sharma" moderating a White House call is not Nepal's K.P. Sharma
/// of a foreign ministry's transcripts). One full name must clearly lead (twice the mentions of the next), so "Bass" the
/// Mayor and "Bass" the Representative both become Karen Bass, and "Jones" stays "Jones".
/// </summary>
internal static class SurnameCompletion
{
    private const int MinimumMentions = 2;

    /// <summary>Renames the surname groups the corpus completes, and returns those left as they were.</summary>
    public static List<SpeakerGroup> Complete(List<SpeakerGroup> surnames, List<SpeakerGroup> full, IEnumerable<WrittenNames> written)
    {
        var wanted = surnames.Where(g => !g.IsAnonymous).Select(g => g.CoreTokens[0]).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return surnames;
        }

        var mentions = Mentions(written, wanted);
        var byName = full.Where(g => !g.IsAnonymous).GroupBy(g => string.Join(' ', g.CoreTokens), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var left = new List<SpeakerGroup>();
        var completed = new Dictionary<string, List<SpeakerGroup>>(StringComparer.Ordinal);
        foreach (var group in surnames)
        {
            if (group.IsAnonymous || !mentions.TryGetValue(group.CoreTokens[0], out var found) || Choose(group, found) is not { } name)
            {
                left.Add(group);
                continue;
            }
            var key = NameKey.Loose(name);
            var named = byName.TryGetValue(key, out var same) ? same : group;
            if (named == group)
            {
                group.NameOverride = name;
                byName[key] = group;
                full.Add(group);
            }
            else
            {
                same!.Absorb(group, keepNames: false);
            }
            if (group.Roles.IsEmpty)
            {
                (completed.TryGetValue(group.CoreTokens[0], out var list) ? list : completed[group.CoreTokens[0]] = []).Add(named);
            }
        }

        // A surname with an office the corpus never writes beside a full name, in the same sources as the one person
        // its bare form was completed to ("Pringle" the President beside "Pringle" completed to Becky Pringle from the
        // same briefings), in no other office: that person, not a second entry. Never the other way round: a bare
        // "Dr. Collins" is not Senator Susan Collins because both are in White House transcripts.
        return left.Where(group =>
        {
            if (group.IsAnonymous || group.Roles.IsEmpty || !completed.TryGetValue(group.CoreTokens[0], out var people)
                || people.Select(p => p.Root()).Distinct().ToList() is not [var person] || !person.Sources.Overlaps(group.Sources)
                || !(person.Roles.IsEmpty || person.Roles.NamesSameOfficeAs(group.Roles)))
            {
                return true;
            }
            person.Absorb(group, keepNames: false);
            return false;
        }).ToList();
    }

    /// <summary>The full name that clearly leads among the mentions fitting the group's roles; null when none does.</summary>
    private static string? Choose(SpeakerGroup group, List<SourcedMention> mentions)
    {
        var fitting = group.Roles.IsEmpty
            ? mentions.Where(m => m.Source is { } source && group.Sources.Contains(source)).Select(m => m.Mention).ToList()
            : mentions.Select(m => m.Mention).Where(m => m.Role is { } role && Office(role).NamesSameOfficeAs(group.Roles)).ToList();
        var counts = fitting
            .GroupBy(m => NameKey.Loose(m.Name), StringComparer.Ordinal)
            .Select(g => (Count: g.Count(), Spelling: g.GroupBy(m => m.Name, StringComparer.Ordinal).MaxBy(s => s.Count())!.Key))
            .OrderByDescending(c => c.Count)
            .ToList();
        if (counts.Count == 0 || counts[0].Count < MinimumMentions)
        {
            return null;
        }
        if (group.Roles.IsEmpty ? counts.Count > 1 : counts.Count > 1 && counts[1].Count * 2 > counts[0].Count)
        {
            return null;
        }
        return counts[0].Spelling;
    }

    private static RoleList Office(string role)
    {
        var list = new RoleList();
        list.Add(role);
        return list;
    }

    /// <summary>
    /// Every full name written with one of the surnames, by surname, from titles, statements and questions, in the
    /// corpus's order: read from the names each document's text was found to write (<see cref="WrittenNames"/>), not
    /// from the text again. A title is read once, at the first statement of its document.
    /// </summary>
    private static Dictionary<string, List<SourcedMention>> Mentions(IEnumerable<WrittenNames> written, HashSet<string> surnames)
    {
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var result = new Dictionary<string, List<SourcedMention>>(StringComparer.Ordinal);
        void Take(IReadOnlyList<WrittenNames.Name> names, string? source)
        {
            foreach (var name in names)
            {
                if (!surnames.Contains(name.Surname))
                {
                    continue;
                }

                var mention = name.Mention;
                // Given names first is the usual order ("Lloyd Austin"); otherwise the family name came first ("Xi Jinping").
                var last = NameKey.Loose(mention.NameTokens[^1]);
                var surname = surnames.Contains(last) ? last : NameKey.Loose(mention.NameTokens[0]);
                (result.TryGetValue(surname, out var list) ? list : result[surname] = []).Add(new SourcedMention(mention, source));
            }
        }

        foreach (var part in written.SelectMany(w => w.Parts))
        {
            if (titles.Add(part.Path))
            {
                Take(part.Title, part.Source);
            }

            Take(part.Text, part.Source);
        }

        return result;
    }

    /// <summary>A full name as written, and the source of the document it was written in.</summary>
    private sealed record SourcedMention(NameMention Mention, string? Source);
}
