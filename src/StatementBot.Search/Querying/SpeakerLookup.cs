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
        return registry.Resolve(typed) switch
        {
            SpeakerResolution.Found found => found.Speaker,
            SpeakerResolution.Ambiguous ambiguous => new QueryError(
                $"\"{typed}\" could be {ambiguous.Candidates.Count} speakers: {string.Join(", ", ambiguous.Candidates.Select(c => c.Name))}. Use the full name.",
                ambiguous.Candidates.Select(c => c.Name).ToArray()),
            SpeakerResolution.NotFound { Suggestions.Count: > 0 } notFound => new QueryError(
                $"No speaker called \"{typed}\" in the index. Did you mean {string.Join(" or ", notFound.Suggestions)}?",
                notFound.Suggestions),
            _ => new QueryError($"No speaker called \"{typed}\" in the index; start typing a name to see who is."),
        };
    }
}
