namespace StatementBot.Search.Verifying;

/// <summary>
/// One place where a claim and a statement differ: <see cref="SaidCount"/> of the statement's words from
/// <see cref="SaidStart"/> are replaced by <see cref="ClaimedCount"/> of the claim's from <see cref="ClaimedStart"/>
/// (either count may be 0: words dropped, or added before the statement's word at <see cref="SaidStart"/>).
/// </summary>
internal readonly record struct DiffRun(int SaidStart, int SaidCount, int ClaimedStart, int ClaimedCount);
