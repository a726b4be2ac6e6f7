namespace StatementBot.Discord.Gateway;

/// <summary>The last <c>capacity</c> ids seen, oldest forgotten first: enough to recognise an event replayed after a resume.</summary>
internal sealed class RecentIds(int capacity)
{
    private readonly Queue<string> _order = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public int Count => _seen.Count;

    /// <summary>True the first time <paramref name="id"/> is seen (and remembers it); false for a repeat.</summary>
    public bool Add(string id)
    {
        if (!_seen.Add(id))
        {
            return false;
        }

        _order.Enqueue(id);
        if (_order.Count > capacity)
        {
            _seen.Remove(_order.Dequeue());
        }

        return true;
    }
}
