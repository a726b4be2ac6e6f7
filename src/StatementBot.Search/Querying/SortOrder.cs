namespace StatementBot.Search.Querying;

/// <summary>How /quote orders its hits; ties are broken by relevance, then by statement id.</summary>
public enum SortOrder
{
    Relevance,
    Newest,
    Oldest,
}
