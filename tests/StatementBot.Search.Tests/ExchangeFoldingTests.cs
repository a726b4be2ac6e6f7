using StatementBot.Search.Querying;

namespace StatementBot.Search.Tests;

public sealed class ExchangeFoldingTests
{
    private static string[] Shown(params (string Document, int Position)[] ranked) =>
        ExchangeFolding.Fold(ranked, h => h.Document, h => h.Position)
            .Select(f => Name(f.Hit) + string.Concat(f.Folded.Select(h => " +" + Name(h))))
            .ToArray();

    private static string Name((string Document, int Position) hit) => $"{hit.Document}{hit.Position}";

    [Fact]
    public void Fold_NeighbouringStatementOfAnotherSpeaker_IsItsOwnHit()
    {
        // An article quoting two people side by side: two moments, not one exchange.
        var ranked = new[] { ("a", 10, "Ada Quill"), ("a", 11, "Bo Vance"), ("a", 12, "Ada Quill") };

        var shown = ExchangeFolding.Fold(ranked, h => h.Item1, h => h.Item2, h => h.Item3);

        Assert.Equal([("Ada Quill", 1), ("Bo Vance", 0)], shown.Select(s => (s.Hit.Item3, s.Folded.Count)));
    }

    [Fact]
    public void Fold_FollowUpTwoStatementsOn_JoinsTheBetterHit()
    {
        Assert.Equal(["a10 +a12", "b3"], Shown(("a", 10), ("b", 3), ("a", 12)));
    }

    [Fact]
    public void Fold_EarlierStatementOfTheExchange_JoinsTheBetterHitToo()
    {
        // The question's first answer can rank below the follow-up's.
        Assert.Equal(["a12 +a11 +a10"], Shown(("a", 12), ("a", 11), ("a", 10)));
    }

    [Fact]
    public void Fold_ThreeStatementsApart_IsAnotherExchange()
    {
        Assert.Equal(["a10", "a13", "a7"], Shown(("a", 10), ("a", 13), ("a", 7)));
    }

    [Fact]
    public void Fold_SamePositionInAnotherDocument_IsShown()
    {
        Assert.Equal(["a5", "b5", "c6"], Shown(("a", 5), ("b", 5), ("c", 6)));
    }

    [Fact]
    public void Fold_FollowUpOfAFoldedHit_JoinsTheSameShownHit()
    {
        // 14 is four from 10 but two from 12, which is already part of 10's exchange.
        Assert.Equal(["a10 +a12 +a14", "b1"], Shown(("a", 10), ("b", 1), ("a", 12), ("a", 14)));
    }

    [Fact]
    public void Fold_EveryHit_IsShownOrFoldedExactlyOnce()
    {
        var ranked = Enumerable.Range(0, 50).Select(i => ($"d{i % 7}", i * 3 % 11)).ToArray();

        var folded = ExchangeFolding.Fold(ranked, h => h.Item1, h => h.Item2);

        // All 50 are distinct, so this says each one comes back once; shown hits keep their rank order.
        Assert.Equal(ranked.Order(), folded.SelectMany(f => f.Folded.Prepend(f.Hit)).Order());
        Assert.True(folded.Count < ranked.Length);
        Assert.Equal(folded.Select(f => Array.IndexOf(ranked, f.Hit)).Order(), folded.Select(f => Array.IndexOf(ranked, f.Hit)));
    }

    [Fact]
    public void Fold_Empty_ShowsNothing()
    {
        Assert.Empty(Shown());
    }
}
