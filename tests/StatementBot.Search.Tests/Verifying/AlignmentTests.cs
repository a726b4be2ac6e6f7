using StatementBot.Search.Verifying;

namespace StatementBot.Search.Tests.Verifying;

/// <summary>The two steps under /verify's verdict: where a claim fits in a statement, and how it differs there.</summary>
public sealed class AlignmentTests
{
    [Theory]
    [InlineData("the cat sat", "the dog and the cat sat down", 3, 6)]
    [InlineData("end up lifting a rock", "they will only end up lifting a rock to drop it", 3, 8)]
    [InlineData("end up raising a rock", "they will only end up lifting a rock to drop it", 3, 8)]
    public void Best_FindsTheStretchThatAgreesInOrder(string claim, string statement, int from, int to)
    {
        var (words, ids) = LocalAlignment.Ids(claim.Split(' '));
        var numbered = statement.Split(' ').Select(w => ids.TryGetValue(w, out var id) ? id : -1).ToArray();

        var (score, start, end) = LocalAlignment.Best(words, numbered);

        Assert.True(score > 0);
        Assert.Equal((from, to), (start, end));
    }

    [Fact]
    public void Best_NoWordShared_ScoresNothing()
    {
        var (words, _) = LocalAlignment.Ids(["glass", "owls"]);

        Assert.Equal(0, LocalAlignment.Best(words, [-1, -1, -1]).Score);
    }

    [Fact]
    public void Compare_CountsChangedDroppedAndAdded()
    {
        var diff = WordDiff.Compare("they will only end up lifting a rock".Split(' '), "they will end up raising a big rock".Split(' '));

        Assert.Equal((1, 1, 1), (diff.Changed, diff.Dropped, diff.Added));
        Assert.Equal(6, diff.Same);
        Assert.Equal(2.0 * 6 / 16, diff.Agreement, 6);
    }

    [Fact]
    public void Compare_SameWords_AgreeFully()
    {
        var words = "a rock to drop it on their own feet".Split(' ');

        var diff = WordDiff.Compare(words, words);

        Assert.Empty(diff.Runs);
        Assert.Equal(1, diff.Agreement);
        Assert.Equal(Verdict.Exact, VerdictRules.Of(diff.Agreement));
    }

    [Theory]
    [InlineData(0.59, Verdict.NotFound)]
    [InlineData(0.6, Verdict.Close)]
    [InlineData(0.99, Verdict.Close)]
    [InlineData(1.0, Verdict.Exact)]
    public void Of_Thresholds(double agreement, Verdict verdict) => Assert.Equal(verdict, VerdictRules.Of(agreement));
}
