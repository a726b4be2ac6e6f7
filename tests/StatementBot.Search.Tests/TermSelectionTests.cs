using StatementBot.Search.Building;

namespace StatementBot.Search.Tests;

public sealed class TermSelectionTests
{
    private const int China = 0, Hong = 1, Kong = 2, South = 3, Sea = 4, Peninsula = 5;

    private static readonly long HongKong = TermKey.Pair(Hong, Kong);
    private static readonly long SouthChinaSea = TermKey.Triple(South, China, Sea);

    private static List<long> Pick(long[] ranked, Dictionary<long, long> counts, int take = 10) =>
        TermSelection.Pick(ranked, k => counts[k], _ => true, TermKey.Overlap, TermKey.Length, take);

    [Fact]
    public void Pick_PhraseThatHoldsMostUsesOfAWord_TakesTheWordsPlace()
    {
        var counts = new Dictionary<long, long> { [TermKey.Word(Hong)] = 100, [TermKey.Word(Peninsula)] = 50, [HongKong] = 95, [TermKey.Word(Kong)] = 96 };

        var picked = Pick([TermKey.Word(Hong), TermKey.Word(Peninsula), HongKong, TermKey.Word(Kong)], counts);

        Assert.Equal([HongKong, TermKey.Word(Peninsula)], picked);
    }

    [Fact]
    public void Pick_RarePhraseOfACommonWord_LeavesTheWord_AndNeverShowsBoth()
    {
        var counts = new Dictionary<long, long> { [TermKey.Word(China)] = 1_000, [SouthChinaSea] = 40 };

        Assert.Equal([TermKey.Word(China)], Pick([TermKey.Word(China), SouthChinaSea], counts));
        Assert.Equal([SouthChinaSea], Pick([SouthChinaSea, TermKey.Word(China)], counts));
    }

    [Fact]
    public void Pick_FullList_StillLetsALaterPhraseAbsorbAListedWord()
    {
        var counts = new Dictionary<long, long> { [TermKey.Word(Hong)] = 10, [TermKey.Word(Sea)] = 10, [HongKong] = 9 };

        Assert.Equal([HongKong, TermKey.Word(Sea)], Pick([TermKey.Word(Hong), TermKey.Word(Sea), HongKong], counts, take: 2));
    }

    [Fact]
    public void TermKey_PacksWordsAndPhrases()
    {
        Assert.Equal((1, 2, 3), (TermKey.Length(TermKey.Word(7)), TermKey.Length(HongKong), TermKey.Length(SouthChinaSea)));
        Assert.Equal([South, China, Sea], Enumerable.Range(0, 3).Select(i => TermKey.Stem(SouthChinaSea, i)));
        Assert.True(TermKey.Overlap(SouthChinaSea, TermKey.Word(China)));
        Assert.False(TermKey.Overlap(SouthChinaSea, HongKong));
    }
}
