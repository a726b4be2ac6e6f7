namespace StatementBot.Search.Querying;

/// <summary>How /quote orders its hits; ties are broken by relevance (or, sorting by relevance, newest first), then by statement id.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
