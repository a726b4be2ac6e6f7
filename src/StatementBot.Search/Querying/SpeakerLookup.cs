using StatementBot.Corpus.Speakers;
using StatementBot.Search.Results;

namespace StatementBot.Search.Querying;

/// <summary>Resolves a speaker name typed by a user through the registry; unknown and ambiguous names become errors.</summary>
internal static class SpeakerLookup
{
    public static SearchResult<SpeakerEntry> Resolve(SpeakerRegistry registry, string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return new QueryError("Type a speaker's name; start typing to see who is in the index.");
        }

        var typed = name.Trim();
        var said = Echo.Of(typed);
        return registry.Resolve(typed) switch
        {
            SpeakerResolution.Found found => found.Speaker,
            SpeakerResolution.Ambiguous { Office: { } office } holders => new QueryError(
                $"The {office}: {string.Join("; ", holders.Candidates.Select(c => c.Name + " (" + Terms(c, office) + ")"))}. Pick one by name.",
                holders.Candidates.Select(c => c.Name).ToArray()),
            SpeakerResolution.Ambiguous ambiguous => new QueryError(
                $"\"{said}\" could be {ambiguous.Candidates.Count} speakers: {string.Join(", ", ambiguous.Candidates.Select(c => c.Name))}. Use the full name.",
                ambiguous.Candidates.Select(c => c.Name).ToArray()),
            SpeakerResolution.NotFound { Suggestions.Count: > 0 } notFound => new QueryError(
                $"No speaker called \"{said}\" in the index. Did you mean {string.Join(" or ", notFound.Suggestions)}?",
                notFound.Suggestions),
            _ => new QueryError($"No speaker called \"{said}\" in the index; start typing a name to see who is."),
        };
    }

    /// <summary>"2021-01-20 – 2025-01-19", the terms in <paramref name="office"/> the corpus shows for the holder.</summary>
    private static string Terms(SpeakerEntry holder, string office) =>
        string.Join(", ", holder.OfficeTerms
            .Where(t => string.Equals(t.Office, office, StringComparison.OrdinalIgnoreCase))
            .DefaultIfEmpty(holder.OfficeTerms[0])
            .Select(t => $"{t.First:yyyy-MM-dd} – {t.Last:yyyy-MM-dd}"));
}
