using System.Diagnostics;
using System.Text.Json;
using StatementBot.Corpus.Attribution;
using StatementBot.Corpus.Documents;
using StatementBot.Corpus.Speakers;
using StatementBot.TestSupport;

namespace StatementBot.Corpus.Tests.Speakers;

public sealed class SpeakerRegistryTests
{
    private static readonly DocumentInfo Briefing = new("briefing.md", "Press Briefing", new DateOnly(2023, 1, 10), "The White House", null);

    private static Statement Said(string speaker, string? role, string text) => new(speaker, role, StatementKind.Turn, text, null, Briefing, 0);

    /// <summary>Full names from a lead, transcript labels from the turns; the words are the people's own.</summary>
    private static SpeakerRegistry WhiteHouse() => SpeakerRegistry.Build(
    [
        Said("Karine Jean-Pierre", "Press Secretary", WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 0)),
        Said("MS. JEAN-PIERRE", null, WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 1)),
        Said("MS. JEAN-PIERRE", null, WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 2)),
        Said("Jen Psaki", "Press Secretary", WhiteHouseTurns.Turn("MS. PSAKI", 0)),
        Said("MS. PSAKI", null, WhiteHouseTurns.Turn("MS. PSAKI", 1)),
        Said("John Kirby", "National Security Council Coordinator for Strategic Communications", WhiteHouseTurns.Turn("MR. KIRBY", 0)),
        Said("MR. KIRBY", null, WhiteHouseTurns.Turn("MR. KIRBY", 1)),
        Said("Joe Biden", "President", WhiteHouseTurns.Turn("PRESIDENT BIDEN", 0)),
        Said("PRESIDENT BIDEN", null, WhiteHouseTurns.Turn("PRESIDENT BIDEN", 1)),
        Said("Jill Biden", "First Lady", WhiteHouseTurns.Turn("FIRST LADY BIDEN", 0)),
        Said("FIRST LADY BIDEN", null, WhiteHouseTurns.Turn("FIRST LADY BIDEN", 1)),
    ]);

    [SharedFact]
    public void Build_TranscriptLabelsAndFullNames_BecomeOneEntryPerPerson()
    {
        var registry = WhiteHouse();

        Assert.Equal(["Jen Psaki", "Jill Biden", "Joe Biden", "John Kirby", "Karine Jean-Pierre"], registry.Speakers.Select(s => s.Name));
        var karine = registry.Speakers.Single(s => s.Name == "Karine Jean-Pierre");
        Assert.Equal(["Jean-Pierre"], karine.Aliases);
        Assert.Equal(["Press Secretary"], karine.Roles);
        Assert.Equal(["President Biden"], registry.Speakers.Single(s => s.Name == "Joe Biden").Aliases);
        Assert.Equal(["First Lady Biden"], registry.Speakers.Single(s => s.Name == "Jill Biden").Aliases);
    }

    [SharedTheory]
    [InlineData("Jean-Pierre", "Karine Jean-Pierre")]
    [InlineData("karine jean-pierre", "Karine Jean-Pierre")]
    [InlineData("KARINE JEAN-PIERRE", "Karine Jean-Pierre")]
    [InlineData("MS. JEAN-PIERRE", "Karine Jean-Pierre")]
    [InlineData("Psaki", "Jen Psaki")]
    [InlineData("kirby", "John Kirby")]
    [InlineData("President Biden", "Joe Biden")]
    [InlineData("  Jill   Biden ", "Jill Biden")]
    public void Resolve_PartialOrDifferentlyCasedName_FindsThePerson(string typed, string expected)
    {
        var resolution = WhiteHouse().Resolve(typed);

        var found = Assert.IsType<SpeakerResolution.Found>(resolution);
        Assert.Equal(expected, found.Speaker.Name);
    }

    [SharedFact]
    public void Resolve_SurnameSharedByTwoPeople_IsAmbiguousWithBoth()
    {
        var resolution = WhiteHouse().Resolve("Biden");

        var ambiguous = Assert.IsType<SpeakerResolution.Ambiguous>(resolution);
        Assert.Equal(["Jill Biden", "Joe Biden"], ambiguous.Candidates.Select(c => c.Name));
    }

    [SharedTheory]
    [InlineData("Jen Psakki", "Jen Psaki")]
    [InlineData("Kirbby", "John Kirby")]
    [InlineData("Karine Smith", "Karine Jean-Pierre")]
    public void Resolve_UnknownName_SuggestsTheCloseSpelling(string typed, string suggestion)
    {
        var resolution = WhiteHouse().Resolve(typed);

        var notFound = Assert.IsType<SpeakerResolution.NotFound>(resolution);
        Assert.Equal(suggestion, notFound.Suggestions[0]);
    }

    [SharedFact]
    public void Resolve_MisspeltName_OffersTheClosestSpellingFirstAndNoFarOffNames()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Jen Psaki", "Press Secretary", WhiteHouseTurns.Turn("MS. PSAKI", 0)),
            Said("Jen Klein", "Director of the White House Gender Policy Council", WhiteHouseTurns.Turn("MS. KLEIN", 0)),
            Said("Ben Quill", "spokesperson of the fictional Ministry of Examples", "The fictional ministry has nothing to add."),
            Said("Karine Jean-Pierre", "Press Secretary", WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 0)),
        ]);

        var notFound = Assert.IsType<SpeakerResolution.NotFound>(registry.Resolve("Jen Psakki"));

        Assert.Equal(["Jen Psaki"], notFound.Suggestions);
    }

    [SharedFact]
    public void Build_SurnameWithTwoOfficesAndNoFullName_IsTwoLabelledPeople()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("PRESIDENT OBAMA", null, WhiteHouseTurns.Turn("PRESIDENT OBAMA", 0)),
            Said("FIRST LADY OBAMA", null, WhiteHouseTurns.Turn("FIRST LADY OBAMA", 0)),
        ]);

        Assert.Equal(["Obama (First Lady)", "Obama (President)"], registry.Speakers.Select(s => s.Name));
        Assert.IsType<SpeakerResolution.Ambiguous>(registry.Resolve("Obama"));
    }

    [SharedFact]
    public void Build_NicknameAndMiddleInitial_AreOnePersonWhenTheRolesAgree()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Anthony Fauci", "Chief Medical Advisor to the President", WhiteHouseTurns.Turn("DR. FAUCI", 0)),
            Said("Tony Fauci", null, WhiteHouseTurns.Turn("DR. FAUCI", 1)),
            Said("DR. FAUCI", null, WhiteHouseTurns.Turn("DR. FAUCI", 2)),
            Said("Joseph R. Biden", "President", WhiteHouseTurns.Turn("THE PRESIDENT", 0)),
            Said("Joe Biden", "President", WhiteHouseTurns.Turn("THE PRESIDENT", 1)),
        ]);

        Assert.Equal(["Anthony Fauci", "Joe Biden"], registry.Speakers.Select(s => s.Name));
        Assert.Equal(["Fauci", "Tony Fauci"], registry.Speakers[0].Aliases);
    }

    [SharedFact]
    public void Build_AnonymousOfficials_KeepTheirWholeLabelAndNoName()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Senior Administration Official", null, WhiteHouseTurns.Turn("SENIOR ADMINISTRATION OFFICIAL", 0)),
            Said("Jake Sullivan", "National Security Advisor", WhiteHouseTurns.Turn("MR. SULLIVAN", 0)),
        ]);

        var official = registry.Speakers.Single(s => s.Name == "Senior Administration Official");
        Assert.Empty(official.Roles);
        Assert.Empty(official.Aliases);
    }

    [SharedFact]
    public void Canonicalize_TranscriptStatements_GetTheFullNameAndTheRole()
    {
        var registry = WhiteHouse();

        var karine = registry.Canonicalize(Said("MS. JEAN-PIERRE", null, WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 1)));
        var president = registry.Canonicalize(Said("PRESIDENT BIDEN", null, WhiteHouseTurns.Turn("PRESIDENT BIDEN", 1)));
        var firstLady = registry.Canonicalize(Said("FIRST LADY BIDEN", null, WhiteHouseTurns.Turn("FIRST LADY BIDEN", 1)));

        Assert.Equal(("Karine Jean-Pierre", "Press Secretary"), (karine.Speaker, karine.Role));
        Assert.Equal(("Joe Biden", "President"), (president.Speaker, president.Role));
        Assert.Equal(("Jill Biden", "First Lady"), (firstLady.Speaker, firstLady.Role));
        Assert.Equal(WhiteHouseTurns.Turn("MS. JEAN-PIERRE", 1), karine.Text);
    }

    [SharedFact]
    public void Canonicalize_NameThatFitsTwoPeopleOrNobody_IsLeftAsItIs()
    {
        var registry = WhiteHouse();
        var bareBiden = Said("Biden", null, WhiteHouseTurns.Turn("PRESIDENT BIDEN", 2));
        var stranger = Said("Ada Quill", null, "The fictional ministry has nothing to add.");

        Assert.Same(bareBiden, registry.Canonicalize(bareBiden));
        Assert.Same(stranger, registry.Canonicalize(stranger));
    }

    [SharedFact]
    public void FromEntries_SavedAsJson_ResolvesAndCompletesExactlyAsTheBuiltRegistry()
    {
        var built = WhiteHouse();
        var json = JsonSerializer.Serialize(built.Speakers);
        var restored = SpeakerRegistry.FromEntries(JsonSerializer.Deserialize<List<SpeakerEntry>>(json)!);

        foreach (var typed in new[] { "Biden", "jean-pierre", "MS. PSAKI", "Jen Psakki", "President Biden", "Kirby", "j", "bid", "pierre", "" })
        {
            Assert.Equal(Describe(built.Resolve(typed)), Describe(restored.Resolve(typed)));
            Assert.Equal(built.Complete(typed).Select(s => s.Name), restored.Complete(typed).Select(s => s.Name));
        }
        var turn = Said("MR. KIRBY", null, WhiteHouseTurns.Turn("MR. KIRBY", 1));
        Assert.Equal(built.Canonicalize(turn), restored.Canonicalize(turn));
    }

    [SharedFact]
    public void Build_FromTheWikinewsExtraction_SurnamesResolveToTheFullNamesTheArticlesGave()
    {
        var statements = Directory.GetFiles(Path.Combine(SharedData.Corpora, "wikinews"), "*.txt")
            .SelectMany(f => Articles.WikinewsArticle.Statements(Path.GetFileName(f)));
        var registry = SpeakerRegistry.Build(statements);

        Assert.Equal("Donald Trump", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Trump")).Speaker.Name);
        Assert.Equal("Recep Tayyip Erdoğan", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("Erdogan")).Speaker.Name);
        Assert.Equal("Nancy Pelosi", Assert.IsType<SpeakerResolution.Found>(registry.Resolve("pelosi")).Speaker.Name);
        Assert.Contains("Erdoğan", registry.Speakers.Single(s => s.Name == "Recep Tayyip Erdoğan").Aliases);
    }

    [Fact]
    public void Build_Roles_AreCleanedDistinctAndMostFrequentFirst()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Ada Quill", "spokesperson for the fictional Ministry of Examples", "The ministry has nothing to add."),
            Said("Ada Quill", "the Press Secretary", "The ministry will reply tomorrow."),
            Said("Ada Quill", "Press  Secretary ", "The ministry thanks everyone."),
            Said("MS. QUILL", "press secretary", "The ministry is closed today."),
        ]);

        var entry = Assert.Single(registry.Speakers);
        Assert.Equal("Ada Quill", entry.Name);
        Assert.Equal(["Quill"], entry.Aliases);
        Assert.Equal(["Press Secretary", "spokesperson for the fictional Ministry of Examples"], entry.Roles);
    }

    [Fact]
    public void Build_SurnameWithAnIncompatibleRole_StaysApart()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Ada Quill", "Press Secretary", "The ministry has nothing to add."),
            Said("Quill", "Goalkeeper", "We played well in the fictional cup."),
        ]);

        Assert.Equal(["Ada Quill", "Quill"], registry.Speakers.Select(s => s.Name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Complete_BlankInput_ReturnsNothing(string typed)
    {
        Assert.Empty(FictionalCrowd(50).Complete(typed));
    }

    [Fact]
    public void Complete_ManyMatches_NeverMoreThanMax()
    {
        var registry = FictionalCrowd(200);

        Assert.Equal(25, registry.Complete("a").Count);
        Assert.Equal(10, registry.Complete("a", 10).Count);
    }

    [Fact]
    public void Complete_NameStartsBeforeWordStartsBeforeSubstrings()
    {
        var registry = SpeakerRegistry.Build(
        [
            Said("Quentin Adams", null, "The fictional council meets on Tuesday."),
            Said("Ada Quill", null, "The fictional ministry has nothing to add."),
            Said("Bo Quillen", null, "The fictional league starts in May."),
            Said("Maria Tranquillo", null, "The fictional museum opens at nine."),
        ]);

        Assert.Equal(["Quentin Adams", "Ada Quill", "Bo Quillen", "Maria Tranquillo"], registry.Complete("qu").Select(s => s.Name));
        Assert.Equal(["Ada Quill", "Bo Quillen", "Maria Tranquillo"], registry.Complete("QUILL").Select(s => s.Name));
    }

    [Fact]
    public void Complete_ThousandsOfSpeakers_AnswersEachKeystrokeInWellUnderAMillisecond()
    {
        var registry = FictionalCrowd(5000);
        var typed = new[] { "a", "ad", "ada", "q", "qu", "qui", "zz", "ri", "mor", "en" };
        registry.Complete("warm-up");

        var watch = Stopwatch.StartNew();
        const int rounds = 2000;
        for (var i = 0; i < rounds; i++)
        {
            foreach (var t in typed)
            {
                registry.Complete(t);
            }
        }
        watch.Stop();

        var perCall = watch.Elapsed.TotalMilliseconds / (rounds * typed.Length);
        Assert.True(perCall < 0.5, $"{perCall:F4} ms per completion over 5,000 speakers");
    }

    /// <summary>Made-up people with made-up names, enough to make autocomplete work hard.</summary>
    private static SpeakerRegistry FictionalCrowd(int count)
    {
        string[] given = ["Ada", "Bo", "Cleo", "Dov", "Edda", "Finn", "Gia", "Hal", "Ines", "Jory", "Kit", "Lio", "Mara", "Nico", "Oona", "Pim", "Quin", "Rhea", "Sol", "Tova"];
        string[] family = ["Quill", "Vance", "Morrow", "Ashdown", "Bellweather", "Corrigan", "Dunmore", "Elsworth", "Fairleigh", "Gantry", "Holloway", "Ivers", "Jessup", "Kestrel", "Larkspur", "Merriwether", "Nettle", "Orchard", "Pennock", "Rainier"];
        var statements = Enumerable.Range(0, count).Select(i =>
            Said($"{given[i % given.Length]} {family[i / given.Length % family.Length]}{(i >= 400 ? $"-{i}" : "")}", "spokesperson of a fictional ministry", "The fictional ministry has nothing to add."));
        return SpeakerRegistry.Build(statements);
    }

    private static string Describe(SpeakerResolution resolution) => resolution switch
    {
        SpeakerResolution.Found f => "found " + f.Speaker.Name,
        SpeakerResolution.Ambiguous a => "ambiguous " + string.Join(", ", a.Candidates.Select(c => c.Name)),
        SpeakerResolution.NotFound n => "not found; " + string.Join(", ", n.Suggestions),
        _ => "unknown",
    };
}
