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
        Assert.Equal(["abide", "communiques", "foreign", "harm", "issues", "peace", "prudently", "purely"], comparison.A.DistinctiveTerms);

        Assert.Equal("Hua Chunying", comparison.B.Speaker);
        Assert.Equal(1, comparison.B.Total);
        Assert.Equal(Ids.List(HuaTaiwan), comparison.B.Hits.Select(h => h.Id));
        Assert.Equal(["allegation", "authorities", "checkbook", "common", "consensus", "diplomacy", "enshrined", "entirely"], comparison.B.DistinctiveTerms);
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
        Assert.Equal(["prices", "inflation", "gas", "record", "amassed", "especially", "hurting", "job"], comparison.A.DistinctiveTerms);
        // Kirby's own list also has "ukraine" and "putin", which Jean-Pierre says too.
        Assert.Equal(["combat", "discourage", "effective", "hard", "leadership", "literally", "passionate", "pressure"], comparison.B.DistinctiveTerms);
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
