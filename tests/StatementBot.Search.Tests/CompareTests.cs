using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed class CompareTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Compare_OnATopic_GivesEachSidesStatementsAndWordsTheOtherDoesNotUse()
    {
        var comparison = fixture.Searcher.Compare("Zhao Lijian", "Hua Chunying", "taiwan").Value!;

        Assert.Equal("taiwan", comparison.About);
        Assert.Equal("Zhao Lijian", comparison.A.Speaker);
        Assert.Equal(1, comparison.A.Total);
        Assert.Equal(Ids.List(ZhaoTaiwan), comparison.A.Hits.Select(h => h.Id));
        Assert.Contains("communiques", comparison.A.DistinctiveTerms);
        Assert.Contains("prudently", comparison.A.DistinctiveTerms);

        Assert.Equal("Hua Chunying", comparison.B.Speaker);
        Assert.Equal(1, comparison.B.Total);
        Assert.Equal(Ids.List(HuaTaiwan), comparison.B.Hits.Select(h => h.Id));
        Assert.Contains("checkbook", comparison.B.DistinctiveTerms);
        Assert.Contains("allegation", comparison.B.DistinctiveTerms);
        Assert.Empty(comparison.A.DistinctiveTerms.Intersect(comparison.B.DistinctiveTerms, StringComparer.OrdinalIgnoreCase));
        Assert.DoesNotContain(comparison.A.DistinctiveTerms.Concat(comparison.B.DistinctiveTerms), t => t.Equals("taiwan", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Compare_DistinctiveWords_AreNeverSharedNorTheTopicNorANumber()
    {
        var comparison = fixture.Searcher.Compare("jean-pierre", "kirby", "ukraine", perSide: 2).Value!;

        Assert.Equal(3, comparison.A.Total);
        Assert.Equal(2, comparison.B.Total);
        Assert.Equal(2, comparison.A.Hits.Count);
        Assert.Equal(Ids.List(KirbyWarZone, KirbyGrain), comparison.B.Hits.Select(h => h.Id));
        Assert.Empty(comparison.A.DistinctiveTerms.Intersect(comparison.B.DistinctiveTerms));
        Assert.DoesNotContain("ukraine", comparison.A.DistinctiveTerms.Concat(comparison.B.DistinctiveTerms));
        Assert.Contains("amassed", comparison.A.DistinctiveTerms);
        Assert.Contains("combat", comparison.B.DistinctiveTerms);
    }

    [Fact]
    public void Compare_WithoutTopic_UsesEachSpeakersDistinctiveWordsTheOtherNeverSays()
    {
        var comparison = fixture.Searcher.Compare("Karine Jean-Pierre", "John Kirby").Value!;

        Assert.Null(comparison.About);
        Assert.Equal(5, comparison.A.Total);
        Assert.Equal(2, comparison.B.Total);
        Assert.Equal(["prices", "inflation"], comparison.A.DistinctiveTerms.Take(2));
        Assert.Contains("combat", comparison.B.DistinctiveTerms);
        // Kirby's own list also has "Ukraine" and "Putin", which Jean-Pierre says too.
        Assert.DoesNotContain(comparison.B.DistinctiveTerms, t => t is "Ukraine" or "Putin");
        Assert.Equal(5, comparison.A.StatementsTotal);
        Assert.Equal(1000, comparison.A.PerThousand);
    }

    [Fact]
    public void Compare_SameSpeakerTwiceOrUnknown_AreErrors()
    {
        Assert.Equal(
            "Pick two different speakers to compare (both names are Karine Jean-Pierre).",
            fixture.Searcher.Compare("jean-pierre", "MS. JEAN-PIERRE").Error?.Message);
        Assert.Equal(
            "\"Biden\" could be 2 speakers: Jill Biden, Joe Biden. Use the full name.",
            fixture.Searcher.Compare("Kirby", "Biden", "formula").Error?.Message);
        Assert.Equal("\"AND\" needs a word on each side. Example: tariffs AND china", fixture.Searcher.Compare("Kirby", "Psaki", "AND").Error?.Message);
    }
}
