using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using StatementBot.Search.Results;

namespace StatementBot.Search.Watching;

/// <summary>
/// Checks a watch before it is saved, the way /quote would read it: the query must compile (the same syntax errors,
/// the same "too common" words) and the speaker must be one the index knows (the same suggestions for a near miss).
/// </summary>
public sealed class WatchChecker(StatementIndex index)
{
    public SearchResult<WatchCheck> Check(string? text, string? speaker)
    {
        using var lease = index.Acquire();
        var compiled = QueryCompiler.Compile(text, lease.Searcher.IndexReader, TextScope.Said);
        if (compiled.Error is { } error)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(speaker))
        {
            return new WatchCheck(text!.Trim(), null);
        }

        var resolved = SpeakerLookup.Resolve(lease.Generation.Speakers, speaker);
        return resolved.Error is { } unknown ? unknown : new WatchCheck(text!.Trim(), resolved.Value!.Name);
    }
}
