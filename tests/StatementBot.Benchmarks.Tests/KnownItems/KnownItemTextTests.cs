using StatementBot.Benchmarks.KnownItems;

namespace StatementBot.Benchmarks.Tests.KnownItems;

/// <summary>A hit is the known item only when it is from the item's file and holds the fragment; ids play no part.</summary>
public sealed class KnownItemTextTests
{
    private static readonly KnownItem Item = new(1, "china-mfa/t1689110.html", "erroneous attitude of some senior Japanese politicians toward history. We", "relating yasukuni shrine erroneous");

    [Fact]
    public void IsRelevant_SameFileWithFragmentAcrossALineBreakAndCurlyQuotes_IsTheItem()
    {
        var text = "It reflects the erroneous attitude of some senior Japanese\npoliticians toward history.  We urge Japan to face up to it.";

        Assert.True(KnownItemText.IsRelevant(Item, "/data/corpora/china-mfa/t1689110.html", text));
        Assert.True(KnownItemText.IsRelevant(Item with { Fragment = "it’s “wrong”" }, "china-mfa/t1689110.html", "Well, it's \"wrong\"."));
    }

    [Fact]
    public void IsRelevant_OtherFileOrFragmentMissing_IsNotTheItem()
    {
        var text = "It reflects the erroneous attitude of some senior Japanese politicians toward history. We urge Japan to face up to it.";

        Assert.False(KnownItemText.IsRelevant(Item, "/data/corpora/china-mfa/t1689111.html", text));
        Assert.False(KnownItemText.IsRelevant(Item, "/data/corpora/other-china-mfa/t1689110.html", text));
        Assert.False(KnownItemText.IsRelevant(Item, "/data/corpora/china-mfa/t1689110.html", "It reflects the attitude of some politicians."));
    }
}
