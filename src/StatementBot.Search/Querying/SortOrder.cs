namespace StatementBot.Search.Querying;

public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
