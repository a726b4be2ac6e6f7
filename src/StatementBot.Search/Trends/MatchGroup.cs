namespace StatementBot.Search.Trends;

/// <summary>
/// The matching statements of one speaker, counted while collecting: a person's and an organisation's statements are
/// two groups even under one name. Dates are <see cref="Schema.IndexSchema.Date.Encode"/> values, 0 for none.
/// </summary>
internal sealed class MatchGroup(string name, bool byOrganisation)
{
    public string Name { get; } = name;

    public string Key { get; } = Schema.IndexSchema.Speaker.Key(name);

    public bool ByOrganisation { get; } = byOrganisation;

    public int Count { get; private set; }

    public int First { get; private set; }

    public int Last { get; private set; }

    public void Add(int date)
    {
        Count++;
        if (date > 0)
        {
            First = First == 0 || date < First ? date : First;
            Last = Math.Max(Last, date);
        }
    }
}
