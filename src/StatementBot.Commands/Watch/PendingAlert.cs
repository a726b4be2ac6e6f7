using StatementBot.Search.Results;
using StatementBot.Search.Watching;

namespace StatementBot.Commands.Watch;

/// <summary>
/// What one watch has to show after a scan: every new statement it matched (by id, to record them all), and the newest
/// <see cref="AlertReply.MaxShown"/> of them (so a flood of matches costs memory and excerpts for nine, not for all).
/// </summary>
internal sealed class PendingAlert(Watch watch)
{
    private List<WatchMatch> _shown = [];

    public Watch Watch { get; } = watch;

    public List<string> Ids { get; } = [];

    /// <summary>The newest matches with their excerpts, newest first.</summary>
    public IReadOnlyList<StatementHit> Shown => Newest(_shown).Select(m => m.Hit).ToArray();

    public void Add(WatchMatch match)
    {
        Ids.Add(match.Statement.Id);
        _shown.Add(match);
        if (_shown.Count > AlertReply.MaxShown * 2)
        {
            _shown = Newest(_shown).Take(AlertReply.MaxShown).ToList();
        }
    }

    private static IEnumerable<WatchMatch> Newest(IEnumerable<WatchMatch> matches)
    {
        var byId = matches.ToDictionary(m => m.Statement.Id);
        return AlertReply.Order(byId.Values.Select(m => m.Statement)).Take(AlertReply.MaxShown).Select(s => byId[s.Id]);
    }
}
