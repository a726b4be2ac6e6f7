namespace StatementBot.Search.Querying;

/// <summary>
/// Where the query's words must appear: in what the speaker said (the default: a hit is their own words), in the
/// reporter's question they answered, or in either (the question weighted lower).
/// </summary>
public enum TextScope
{
    Said,
    Asked,
    Both,
}
