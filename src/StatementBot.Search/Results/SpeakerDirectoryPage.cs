namespace StatementBot.Search.Results;

/// <summary>One page of the speaker directory, most statements first.</summary>
/// <param name="Filter">What names, aliases or roles had to contain; null for everyone.</param>
/// <param name="Total">How many speakers match (on every page).</param>
public sealed record SpeakerDirectoryPage(string? Filter, int Total, int Page, int PageSize, IReadOnlyList<SpeakerListing> Speakers)
{
    public int Pages => Total == 0 ? 0 : (Total + PageSize - 1) / PageSize;
}
