using StatementBot.Commands.Routing;
using StatementBot.Commands.Options;

namespace StatementBot.Commands.Replies;

/// <summary>Where a paged reply stands, and the request that produced it (to ask for the previous or next page).</summary>
/// <param name="PageSize">Hits per page: page 2 of 5 per page numbers its hits from 6.</param>
public sealed record ReplyPaging(int Page, int Pages, CommandRequest Request, int PageSize)
{
    /// <summary>The number of this page's first hit, counting from 1 across pages.</summary>
    public int FirstNumber => ((Math.Max(1, Page) - 1) * PageSize) + 1;

    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < Pages;

    public CommandRequest ForPage(int page) => Request.With(OptionNames.Page, page.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
