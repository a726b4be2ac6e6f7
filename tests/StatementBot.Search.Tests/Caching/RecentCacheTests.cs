using StatementBot.Search.Caching;

namespace StatementBot.Search.Tests.Caching;

public sealed class RecentCacheTests
{
    [Fact]
    public void GetOrAdd_KeptValue_IsNotComputedAgain()
    {
        var cache = new RecentCache<string>(capacity: 100);
        var made = 0;

        var first = cache.GetOrAdd(7, "seven", (_, s) => { made++; return s; });
        var again = cache.GetOrAdd(7, "other", (_, s) => { made++; return s; });

        Assert.Equal(1, made);
        Assert.Same(first, again);
    }

    [Fact]
    public void GetOrAdd_ManyKeys_KeepsAtMostTheCapacity()
    {
        var cache = new RecentCache<string>(capacity: 64);

        for (var key = 0; key < 10_000; key++)
        {
            cache.GetOrAdd(key, key, (k, _) => k.ToString());
        }

        Assert.InRange(cache.Count, 1, 64);
    }

    [Fact]
    public void GetOrAdd_AValueAskedForAgainWhileOld_SurvivesTheNextRotation()
    {
        var cache = new RecentCache<string>(capacity: 8);
        var made = new List<int>();
        string Get(int key) => cache.GetOrAdd(key, made, (k, list) => { list.Add(k); return k.ToString(); });

        for (var key = 0; key < 4; key++)
        {
            Get(key); // 0..3 fill the young half, which then becomes the old half
        }
        Get(0); // asked for while old: moves back to the young half
        for (var key = 10; key < 13; key++)
        {
            Get(key); // the young half fills again: 1..3 are dropped, 0 is kept
        }
        made.Clear();

        Get(0);
        Get(1);

        Assert.Equal([1], made);
    }
}
