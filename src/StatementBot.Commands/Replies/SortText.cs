using StatementBot.Search.Querying;

namespace StatementBot.Commands.Replies;

/// <summary>How a reply names the order of its hits, the same in every command and front end.</summary>
public static class SortText
{
    public static string Label(this SortOrder order) => order switch
    {
        SortOrder.Newest => "newest first",
        SortOrder.Oldest => "oldest first",
        _ => "sorted by relevance",
    };
}
