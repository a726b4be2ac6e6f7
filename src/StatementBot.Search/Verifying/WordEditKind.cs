namespace StatementBot.Search.Verifying;

/// <summary>What a claim did to the words of a statement.</summary>
public enum WordEditKind
{
    Changed,
    Dropped,
    Added,
}
