namespace StatementBot.Benchmarks.KnownItems;

/// <summary>
/// Known-item retrieval on the loaded corpus, StatementBot's /quote beside FTS5 on the same items.
/// </summary>
/// <param name="Items">Items in the set.</param>
/// <param name="Evaluated">Items whose file is in the loaded corpus: the figures are over these.</param>
/// <param name="Indexed">Of those, items whose fragment is in a statement the index holds (the most either engine can find).</param>
public sealed record KnownItemFigures(
    string Source,
    int Items,
    int Evaluated,
    int Indexed,
    KnownItemScores StatementBot,
    KnownItemScores Fts5,
    IReadOnlyList<KnownItemRank> Ranks,
    IReadOnlyList<string> Problems);
