using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Speakers;
using StatementBot.Search.Building;
using StatementBot.Search.Freshness;
using StatementBot.Search.Opening;
using StatementBot.Search.Querying;
using static StatementBot.Search.Tests.CorpusSamples;

namespace StatementBot.Search.Tests;

public sealed class SpeakerProfileTests(SampleIndexFixture fixture) : IClassFixture<SampleIndexFixture>
{
    [Fact]
    public void Speaker_Profile_CountsDatesAndNewestStatements()
    {
        var profile = fixture.Searcher.Speaker("jean-pierre").Value!;

        Assert.Equal("Karine Jean-Pierre", profile.Speaker.Name);
        Assert.Equal(["MS. JEAN-PIERRE"], profile.Speaker.Aliases);
        Assert.Equal(["Press Secretary"], profile.Speaker.Roles);
        Assert.Equal(5, profile.Statements);
        Assert.Equal(4, profile.Documents);
        Assert.Equal(new DateOnly(2022, 6, 1), profile.First);
        Assert.Equal(new DateOnly(2022, 6, 15), profile.Last);
        Assert.Null(profile.About);
        Assert.Equal(5, profile.Total);
        Assert.Equal(
            Ids.List(JeanPierrePatrioticDuty, JeanPierreSovereignty, JeanPierreGlobalChallenge, JeanPierreStability, JeanPierreRecovery),
            profile.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Speaker_DistinctiveTerms_SetTheSpeakerApartFromTheRest()
    {
        var profile = fixture.Searcher.Speaker("Karine Jean-Pierre").Value!;

        Assert.Equal(["prices", "inflation"], profile.DistinctiveTerms.Take(2));
        Assert.Contains("gas", profile.DistinctiveTerms);
        Assert.DoesNotContain(profile.DistinctiveTerms, t => t.Contains("Jean", StringComparison.OrdinalIgnoreCase) || t.Contains("Karine", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Speaker_About_CountsAndRanksOnlyMatchingStatements()
    {
        var profile = fixture.Searcher.Speaker("MR. KIRBY", about: "food").Value!;

        Assert.Equal("John Kirby", profile.Speaker.Name);
        Assert.Equal("food", profile.About);
        Assert.Equal(1, profile.Total);
        Assert.Equal(2, profile.Statements);
        Assert.Equal(Ids.List(KirbyGrain), profile.Hits.Select(h => h.Id));
        Assert.Equal(["food"], profile.Hits[0].Snippet.Highlights.Select(s => profile.Hits[0].Snippet.Text.Substring(s.Start, s.Length)));
    }

    [Fact]
    public void Speaker_Paging_ContinuesTheNewestFirstOrder()
    {
        var second = fixture.Searcher.Speaker("jean-pierre", page: 2, pageSize: 2).Value!;

        Assert.Equal(5, second.Total);
        Assert.Equal(Ids.List(JeanPierreGlobalChallenge, JeanPierreStability), second.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Speaker_UnknownOrAmbiguousOrBadTopic_AreErrors()
    {
        Assert.Equal("\"Biden\" could be 2 speakers: Jill Biden, Joe Biden. Use the full name.", fixture.Searcher.Speaker("Biden").Error?.Message);
        Assert.Equal("No speaker called \"Nobody\" in the index; start typing a name to see who is.", fixture.Searcher.Speaker("Nobody").Error?.Message);
        Assert.Equal("A quote mark is not closed: \"food. Put the exact words between two quotes: \"gas prices\".", fixture.Searcher.Speaker("Kirby", "\"food").Error?.Message);
        Assert.Equal("Type a speaker's name; start typing to see who is in the index.", fixture.Searcher.Speaker(" ").Error?.Message);
    }

    [Fact]
    public void Speaker_DistinctiveTerms_LeaveOutTheirOwnNameAndNumbers()
    {
        // Fictional speakers: a spokesperson who names herself, and a colleague.
        var office = new DocumentInfo("fictional/briefing-1.txt", "Fictional Ministry of Examples briefing", new DateOnly(2024, 3, 1), "Ministry of Examples", null);
        var statements = new[]
        {
            new Statement("Ada Quill", "Spokesperson", StatementKind.Turn, "This is Ada Quill for the Ministry of Examples: the harbour lanterns will be lit at 2100 on 12 March.", null, office, 0),
            new Statement("Ada Quill", "Spokesperson", StatementKind.Turn, "Quill again: harbour lanterns stay lit through 2024, said Ada Quill.", null, office, 1),
            new Statement("Bo Fennick", "Deputy", StatementKind.Turn, "The ministry examples office opens on Monday for visitors.", null, office, 2),
        };
        var registry = SpeakerRegistry.FromEntries([new SpeakerEntry("Ada Quill", ["MS. QUILL"], ["Spokesperson"]), new SpeakerEntry("Bo Fennick", [], ["Deputy"])]);
        using var folder = new TempFolder();
        new IndexBuilder(folder.Path).Build(LoadOf(statements, registry), CorpusSnapshot.Take([]));
        using var index = StatementIndex.Open(folder.Path);

        var profile = new StatementSearcher(index).Speaker("quill").Value!;

        Assert.Equal(["harbour", "lanterns", "lit"], profile.DistinctiveTerms.Order(StringComparer.Ordinal).Take(3));
        Assert.DoesNotContain("ada", profile.DistinctiveTerms);
        Assert.DoesNotContain("quill", profile.DistinctiveTerms);
        Assert.DoesNotContain(profile.DistinctiveTerms, t => t.Any(char.IsDigit));
    }
}
