using StatementBot.Commands.Routing;

namespace StatementBot.Commands.Replies;

/// <summary>Where a paged reply stands, and the request that produced it (to ask for the previous or next page).</summary>
public sealed record ReplyPaging(int Page, int Pages, CommandRequest Request)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public CommandRequest ForPage(int page) => Request.With("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
