namespace StatementBot.Search.Verifying;

/// <summary>How close a claimed quote is to what was said (thresholds in <see cref="VerdictRules"/>).</summary>
public enum Verdict
{
    /// <summary>No statement comes close.</summary>
    NotFound,

    /// <summary>Most words agree, in order, with some changed, dropped or added.</summary>
    Close,

    /// <summary>Word for word.</summary>
    Exact,
}
