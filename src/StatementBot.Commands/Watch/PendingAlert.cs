using StatementBot.Search.Results;

namespace StatementBot.Commands.Watch;

/// <summary>
/// What one watch has to show after a scan: every new statement it matched (by id, to record them all), and the newest
/// <see cref="AlertReply.MaxShown"/> of them in full (so a flood of matches costs memory for nine, not for all).
/// </summary>
internal sealed class PendingAlert(Watch watch)
{
    private List<StatementHit> _shown = [];

    public Watch Watch { get; } = watch;

    public List<string> Ids { get; } = [];

    public IReadOnlyList<StatementHit> Shown => _shown;

    public void Add(StatementHit hit)
    {
        Ids.Add(hit.Id);
        _shown.Add(hit);
        if (_shown.Count > AlertReply.MaxShown)
        {
            _shown = AlertReply.Order(_shown).Take(AlertReply.MaxShown).ToList();
        }
    }
}
